-- With `runTestsOnSave` in setup()'s settings, :write runs the tests: the
-- failing-test diagnostics appear with no command.
local T = require("greenfix_test")

T.run(function(out)
  local bufnr = T.open("pricing.py")
  vim.cmd("silent write")
  out.failing = T.wait_for("failing-test diagnostics after :write", function()
    local found = T.with_code(T.diagnostics(bufnr), "failing-test")
    return #found > 0 and found
  end)
end)

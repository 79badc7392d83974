-- With `runTestsOnSave` in effect, :write runs the tests: the failing-test
-- diagnostics appear with no command. Before writing, the settings changes in
-- GREENFIX_NVIM_CHANGES (a JSON list) go to the server as a user or plugin sends
-- them, with workspace/didChangeConfiguration.
local T = require("greenfix_test")

T.run(function(out)
  local bufnr = T.open("pricing.py")
  local client = vim.lsp.get_clients({ bufnr = bufnr, name = "greenfix" })[1]
  for _, settings in ipairs(vim.json.decode(vim.env.GREENFIX_NVIM_CHANGES or "[]")) do
    client:notify("workspace/didChangeConfiguration", { settings = settings })
  end
  vim.cmd("silent write")
  out.failing = T.wait_for("failing-test diagnostics after :write", function()
    local found = T.with_code(T.diagnostics(bufnr), "failing-test")
    return #found > 0 and found
  end)
end)

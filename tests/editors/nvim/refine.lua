-- examples/discount: :GreenfixRunTests shows the failing test on bulk_discount;
-- :GreenfixRefine there asks before applying (declined: nothing changes),
-- then fixes it once accepted, and the failing-test diagnostics clear.
local T = require("greenfix_test")

local function failing(bufnr)
  return T.with_code(T.diagnostics(bufnr), "failing-test")
end

T.run(function(out)
  local bufnr = T.open("pricing.py")
  local original = T.text(bufnr)
  vim.cmd("GreenfixRunTests")
  out.failing_before = T.wait_for("failing-test diagnostics", function()
    local found = failing(bufnr)
    return #found > 0 and found
  end)

  -- The cursor inside bulk_discount, on its comparison.
  local line = vim.fn.search("quantity > 10", "w")
  vim.api.nvim_win_set_cursor(0, { line, 8 })

  T.answer = "Cancel"
  vim.cmd("GreenfixRefine")
  T.wait_for("the declined refine to finish", function()
    return vim.tbl_contains(T.notifications, "greenfix: the fix was not applied")
  end)
  out.after_decline = T.text(bufnr)

  T.answer = "Apply"
  vim.cmd("GreenfixRefine")
  T.wait_for("the refined buffer", function()
    return T.text(bufnr) ~= original
  end)
  out.after_refine = T.text(bufnr)
  T.wait_for("the failing-test diagnostics to clear", function()
    return #failing(bufnr) == 0
  end)

  local notified = #T.notifications
  vim.cmd("GreenfixRunTests")
  T.wait_for("the test run to finish", function()
    return #T.notifications > notified
  end)
  out.last_run = T.notifications[#T.notifications]
  out.failing_after = failing(bufnr)
  out.file_on_disk = table.concat(vim.fn.readfile(vim.api.nvim_buf_get_name(bufnr)), "\n")
end)

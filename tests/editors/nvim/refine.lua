-- examples/discount: :GreenfixRunTests shows the failing test on bulk_discount;
-- :GreenfixRefine there asks before applying (declined, or the buffer changed
-- meanwhile: nothing is applied), then fixes it once accepted, and the
-- failing-test diagnostics clear.
local T = require("greenfix_test")

local NOT_APPLIED = "greenfix: the fix was not applied"

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
    return T.count(NOT_APPLIED) == 1
  end)
  out.after_decline = T.text(bufnr)

  -- Accepted, but the user typed while asked: the edit is stale and refused.
  T.answer = "Apply"
  T.while_asked = function()
    vim.api.nvim_buf_set_lines(bufnr, 0, 0, false, { "# typed while asked" })
  end
  vim.cmd("GreenfixRefine")
  T.wait_for("the stale refine to finish", function()
    return T.count(NOT_APPLIED) == 2
  end)
  out.after_stale = T.text(bufnr)
  vim.api.nvim_buf_set_lines(bufnr, 0, 1, false, {})

  T.while_asked = nil
  vim.cmd("GreenfixRefine")
  T.wait_for("the refined buffer", function()
    return T.text(bufnr) ~= original
  end)
  out.after_refine = T.text(bufnr)
  T.wait_for("the failing-test diagnostics to clear", function()
    return #failing(bufnr) == 0
  end)
  out.refined = T.wait_for("the refine to finish", function()
    return T.notifications[#T.notifications]:find("^greenfix: fixed: ") and T.notifications[#T.notifications]
  end)

  local notified = #T.notifications
  vim.cmd("GreenfixRunTests")
  T.wait_for("the test run to finish", function()
    return #T.notifications > notified
  end)
  out.last_run = T.notifications[#T.notifications]
  out.failing_after = failing(bufnr)
end)

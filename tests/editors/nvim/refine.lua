-- examples/discount: :GreenfixRunTests shows the failing test on bulk_discount;
-- Refine with tests there (its code action, then :GreenfixRefine) shows the fix
-- and asks before applying (discarded, or the buffer changed meanwhile: nothing is
-- applied), then applies it once accepted and runs the tests again: the
-- failing-test diagnostics clear.
local T = require("greenfix_test")

local NOT_APPLIED = "greenfix: the fix was not applied"
local STALE = NOT_APPLIED .. ": the buffer changed meanwhile; run :GreenfixRefine again"

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

  -- The code action (`gra`) asks the same way as :GreenfixRefine.
  T.answer = "Discard"
  vim.lsp.buf.code_action({
    apply = true,
    filter = function(action)
      return action.title == "Refine with tests"
    end,
  })
  T.wait_for("the discarded refine to finish", function()
    return T.count(NOT_APPLIED) == 1
  end)
  out.after_discard = T.text(bufnr)

  -- Accepted, but the user typed while asked: the edit is stale and refused.
  T.answer = "Apply"
  T.while_asked = function()
    vim.api.nvim_buf_set_lines(bufnr, 0, 0, false, { "# typed while asked" })
  end
  vim.cmd("GreenfixRefine")
  T.wait_for("the stale refine to finish", function()
    return T.count(STALE) == 1
  end)
  out.after_stale = T.text(bufnr)
  vim.api.nvim_buf_set_lines(bufnr, 0, 1, false, {})

  T.while_asked = nil
  vim.cmd("GreenfixRefine")
  T.wait_for("the refined buffer", function()
    return T.text(bufnr) ~= original
  end)
  out.after_refine = T.text(bufnr)
  out.windows_after = #vim.api.nvim_list_wins()
  -- Applying runs the tests again, with no command.
  T.wait_for("the failing-test diagnostics to clear", function()
    return #failing(bufnr) == 0
  end)
  out.after_fix = T.wait_for("the test run after the fix", function()
    local last = T.notifications[#T.notifications]
    return last:find(" passed, ") and vim.list_slice(T.notifications, #T.notifications - 1)
  end)
end)

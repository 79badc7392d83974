-- examples/syntax_error: the syntax diagnostic appears, its quick fix applies
-- and the diagnostic clears; after undo, :GreenfixFixFile does the same.
local T = require("greenfix_test")

T.run(function(out)
  local bufnr = T.open("inventory.py")
  local broken = T.text(bufnr)
  local shown = T.wait_for("the syntax diagnostic", function()
    local found = T.with_code(T.diagnostics(bufnr), "syntax-error")
    return #found > 0 and found
  end)
  out.diagnostics = shown

  vim.api.nvim_win_set_cursor(0, { shown[1].line + 1, shown[1].col })
  vim.lsp.buf.code_action({
    apply = true,
    filter = function(action)
      return action.kind == "quickfix" and action.isPreferred == true
    end,
  })
  T.wait_for("the quick fix to change the buffer", function()
    return T.text(bufnr) ~= broken
  end)
  out.after_quick_fix = T.text(bufnr)
  T.wait_for("the syntax diagnostic to clear", function()
    return #T.diagnostics(bufnr) == 0
  end)

  vim.cmd("silent undo")
  out.after_undo = T.text(bufnr)
  T.wait_for("the syntax diagnostic to come back", function()
    return #T.with_code(T.diagnostics(bufnr), "syntax-error") > 0
  end)
  vim.cmd("GreenfixFixFile")
  T.wait_for("GreenfixFixFile to change the buffer", function()
    return T.text(bufnr) ~= broken
  end)
  out.after_fix_file = T.text(bufnr)
  T.wait_for("the syntax diagnostic to clear again", function()
    return #T.diagnostics(bufnr) == 0
  end)
  T.wait_for("GreenfixFixFile to say what it did", function()
    return T.count("greenfix: 1 syntax fix(es) applied") > 0
  end)
end)

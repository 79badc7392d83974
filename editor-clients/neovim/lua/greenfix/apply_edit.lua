--- workspace/applyEdit for the greenfix client (the edits of Fix file).
---
--- Neovim 0.11 skips an edit whose buffer changed since it was computed while
--- still answering "applied", so the server would test text the buffer does not
--- hold. Here a stale edit is refused; the rest is Neovim's own handler.
local M = {}

--- True when a buffer the edit names changed since the edit was computed.
---@param edit lsp.WorkspaceEdit
function M.stale(edit)
  for _, change in ipairs(edit.documentChanges or {}) do
    local document = change.textDocument -- file creations, renames and deletions have none
    local version = document and document.version
    if version ~= nil and vim.lsp.util.buf_versions[vim.uri_to_bufnr(document.uri)] > version then
      return true
    end
  end
  return false
end

---@param err lsp.ResponseError?
---@param params lsp.ApplyWorkspaceEditParams
---@param ctx lsp.HandlerContext
function M.handler(err, params, ctx)
  if M.stale(params.edit) then
    return { applied = false, failureReason = "the buffer changed after the edit was computed" }
  end
  return vim.lsp.handlers["workspace/applyEdit"](err, params, ctx)
end

return M

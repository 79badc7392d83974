--- workspace/applyEdit for the greenfix client.
---
--- Neovim 0.11 ignores change annotations (an edit the server marks
--- `needsConfirmation` would be applied unseen) and skips an edit whose buffer
--- changed since it was computed while still answering "applied". So here an
--- edit asking for confirmation is shown as a diff and applied only when the
--- user accepts, and a stale edit is refused; the rest is Neovim's own handler.
local M = {}

local util = vim.lsp.util

---@param edit lsp.WorkspaceEdit
---@return lsp.TextDocumentEdit[]
local function text_document_edits(edit)
  return vim.tbl_filter(function(change)
    return change.textDocument ~= nil -- file creations, renames and deletions have none
  end, edit.documentChanges or {})
end

---@param changes lsp.TextDocumentEdit[]
local function any_stale(changes)
  for _, change in ipairs(changes) do
    local version = change.textDocument.version
    if version ~= nil and util.buf_versions[vim.uri_to_bufnr(change.textDocument.uri)] > version then
      return true
    end
  end
  return false
end

local STALE = { applied = false, failureReason = "the buffer changed after the edit was computed" }

---@param edit lsp.WorkspaceEdit
---@return string[] what the annotations that ask for confirmation say
local function confirmation_notes(edit)
  local notes = {}
  for _, annotation in pairs(edit.changeAnnotations or {}) do
    if annotation.needsConfirmation then
      local description = annotation.description and (": " .. annotation.description) or ""
      table.insert(notes, annotation.label .. description)
    end
  end
  return notes
end

--- The unified diff a text document edit makes to its buffer.
---@param change lsp.TextDocumentEdit
---@param encoding string
---@return string[]
local function diff_lines(change, encoding)
  local bufnr = vim.uri_to_bufnr(change.textDocument.uri)
  vim.fn.bufload(bufnr)
  local before = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  local scratch = vim.api.nvim_create_buf(false, true)
  vim.api.nvim_buf_set_lines(scratch, 0, -1, false, before)
  util.apply_text_edits(change.edits, scratch, encoding)
  local after = vim.api.nvim_buf_get_lines(scratch, 0, -1, false)
  vim.api.nvim_buf_delete(scratch, { force = true })
  local name = vim.fn.fnamemodify(vim.uri_to_fname(change.textDocument.uri), ":~:.")
  local diff = vim.diff(table.concat(before, "\n") .. "\n", table.concat(after, "\n") .. "\n")
  return { "--- " .. name, "+++ " .. name, unpack(vim.split(diff --[[@as string]], "\n", { trimempty = true })) }
end

--- A float at the top of the editor, clear of the message area where a plain
--- vim.ui.select asks its question.
---@param lines string[]
---@return integer window
local function show_preview(lines)
  local buf = vim.api.nvim_create_buf(false, true)
  vim.api.nvim_buf_set_lines(buf, 0, -1, false, lines)
  vim.bo[buf].filetype = "diff"
  local width = math.min(vim.o.columns - 4, math.max(40, unpack(vim.tbl_map(vim.fn.strdisplaywidth, lines))))
  return vim.api.nvim_open_win(buf, false, {
    relative = "editor",
    row = 1,
    col = math.max(0, math.floor((vim.o.columns - width) / 2) - 1),
    width = width,
    height = math.min(#lines, math.max(1, vim.o.lines - 8)),
    style = "minimal",
    border = "rounded",
    title = " greenfix ",
  })
end

--- Ask through vim.ui.select, which a UI plugin may answer later: Neovim runs
--- server requests in a coroutine, so the handler waits for the answer there.
---@param prompt string
---@return boolean
local function user_accepts(prompt)
  local co = coroutine.running()
  local answer
  vim.ui.select({ "Apply", "Cancel" }, { prompt = prompt }, function(choice)
    answer = choice or "Cancel"
    if co and coroutine.status(co) == "suspended" then
      coroutine.resume(co)
    end
  end)
  if answer == nil and co then
    coroutine.yield()
  end
  return answer == "Apply"
end

---@param err lsp.ResponseError?
---@param params lsp.ApplyWorkspaceEditParams
---@param ctx lsp.HandlerContext
function M.handler(err, params, ctx)
  local changes = text_document_edits(params.edit)
  if any_stale(changes) then
    return STALE
  end
  local notes = confirmation_notes(params.edit)
  if #notes > 0 then
    local client = assert(vim.lsp.get_client_by_id(ctx.client_id))
    local lines = {}
    for _, change in ipairs(changes) do
      vim.list_extend(lines, diff_lines(change, client.offset_encoding))
    end
    local window = show_preview(lines)
    local accepted = user_accepts("greenfix: " .. table.concat(notes, "; ") .. ". Apply?")
    if vim.api.nvim_win_is_valid(window) then
      vim.api.nvim_win_close(window, true)
    end
    if not accepted then
      return { applied = false, failureReason = "declined by the user" }
    end
    if any_stale(changes) then -- typed into while the question was open
      return STALE
    end
  end
  return vim.lsp.handlers["workspace/applyEdit"](err, params, ctx)
end

return M

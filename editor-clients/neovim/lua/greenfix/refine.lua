--- A fix from Refine with tests (:GreenfixRefine or its code action). The client
--- declares `refinePreview`, so the server hands the fix over unapplied: its
--- versioned edit, unified diff and evidence. Shown first, asked about second,
--- applied exactly as computed unless its buffer changed meanwhile.
local M = {}

local notify = require("greenfix.notify").notify
local stale = require("greenfix.apply_edit").stale

--- The float's lines: what the fix is, why to believe it (and why not), the diff.
---@param result table the result of greenfix.refine
---@return string[]
function M.preview_lines(result)
  local evidence = result.evidence or {}
  local weak = evidence.weak or {}
  -- The summary ends with the weak reasons, which get a line each here.
  local summary = evidence.summary or ""
  local said = "; weak evidence: " .. table.concat(weak, "; ")
  if #weak > 0 and vim.endswith(summary, said) then
    summary = summary:sub(1, #summary - #said)
  end
  local lines = { result.message, summary }
  for _, reason in ipairs(weak) do
    table.insert(lines, "weak evidence: " .. reason)
  end
  table.insert(lines, "")
  vim.list_extend(lines, vim.split(result.diff or "", "\n", { trimempty = true }))
  return lines
end

--- A float at the top of the editor, clear of the message area where a plain
--- vim.ui.select asks, and drawn now: the question may block before the next redraw.
---@param lines string[]
---@return integer window
local function show(lines)
  local buf = vim.api.nvim_create_buf(false, true)
  vim.api.nvim_buf_set_lines(buf, 0, -1, false, lines)
  vim.bo[buf].filetype = "diff"
  local width = math.min(vim.o.columns - 4, math.max(40, unpack(vim.tbl_map(vim.fn.strdisplaywidth, lines))))
  local rows = 0 -- long lines wrap
  for _, line in ipairs(lines) do
    rows = rows + math.max(1, math.ceil(vim.fn.strdisplaywidth(line) / width))
  end
  local window = vim.api.nvim_open_win(buf, false, {
    relative = "editor",
    row = 1,
    col = math.max(0, math.floor((vim.o.columns - width) / 2) - 1),
    width = width,
    height = math.min(rows, math.max(1, vim.o.lines - 8)),
    style = "minimal",
    border = "rounded",
    title = " greenfix: Refine with tests ",
  })
  vim.cmd.redraw()
  return window
end

--- Show the fix, then ask; on Apply, apply it and call `applied()`; then `after()`, either way.
---@param client vim.lsp.Client
---@param result table the result of greenfix.refine, with `edit`
---@param applied fun()
---@param after? fun()
function M.offer(client, result, applied, after)
  local window = show(M.preview_lines(result))
  vim.ui.select({ "Apply", "Discard" }, { prompt = "greenfix: apply this fix?" }, function(choice)
    -- Once Neovim has redrawn past the question: a message echoed before that
    -- would join the question's lines and ask "Press ENTER".
    vim.defer_fn(function()
      if vim.api.nvim_win_is_valid(window) then
        vim.api.nvim_win_close(window, true)
      end
      if choice ~= "Apply" then
        notify("the fix was not applied")
      elseif stale(result.edit) then
        notify("the fix was not applied: the buffer changed meanwhile; run :GreenfixRefine again", vim.log.levels.WARN)
      else
        vim.lsp.util.apply_workspace_edit(result.edit, client.offset_encoding)
        notify("fixed: " .. result.message)
        applied()
      end
      if after then
        after()
      end
    end, 0)
  end)
end

return M

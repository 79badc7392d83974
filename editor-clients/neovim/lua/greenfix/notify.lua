--- What greenfix tells the user, without a "Press ENTER" prompt: Neovim's own
--- vim.notify echoes in the message area, where a message longer than one line
--- stops the editor until Enter is pressed, so there it is cut to one line (as
--- :messages keeps it). A notification plugin that replaced vim.notify gets the
--- whole text.
local M = {}

local function echoes()
  local source = debug.getinfo(vim.notify, "S").source
  return source:find("vim/_editor.lua", 1, true) ~= nil
end

--- The text on one line of at most `width` columns.
---@param text string
---@param width integer
---@return string
function M.one_line(text, width)
  text = vim.trim((text:gsub("%s*\n%s*", " ")))
  if vim.fn.strdisplaywidth(text) <= width then
    return text
  end
  return vim.fn.strcharpart(text, 0, math.max(1, width - 1)) .. "…"
end

---@param message string
---@param level? integer
function M.notify(message, level)
  if not vim.startswith(message, "greenfix") then
    message = "greenfix: " .. message
  end
  if echoes() then
    message = M.one_line(message, vim.v.echospace)
  end
  -- Once Neovim has redrawn: a message echoed while a command line or a question
  -- is still on screen joins its lines and asks "Press ENTER" (with cmdheight=0, always).
  vim.defer_fn(function()
    vim.notify(message, level or vim.log.levels.INFO)
  end, 0)
end

local LEVELS = { vim.log.levels.ERROR, vim.log.levels.WARN, vim.log.levels.INFO, vim.log.levels.DEBUG }

--- window/showMessage through notify (Neovim's own handler echoes two lines).
---@param params lsp.ShowMessageParams
function M.show_message(_, params)
  M.notify(params.message, LEVELS[params.type] or vim.log.levels.INFO)
end

return M

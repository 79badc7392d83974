--- The user commands, which run the server's commands on the current buffer,
--- and the echo of the server's progress.
local M = {}

local function notify(message, level)
  vim.notify("greenfix: " .. message, level or vim.log.levels.INFO)
end

---@param bufnr integer
---@return vim.lsp.Client?
local function client_of(bufnr)
  return vim.lsp.get_clients({ bufnr = bufnr, name = require("greenfix").name })[1]
end

-- What the user is told when a server command finishes; the server itself
-- reports refusals and "no fix found" with window/showMessage.
local SUMMARIES = {
  ["greenfix.refine"] = function(result)
    if result.status == "fixed" then
      return result.applied and ("fixed: " .. result.message) or "the fix was not applied"
    end
  end,
  ["greenfix.runTests"] = function(result)
    return string.format("%d passed, %d failed", result.passed or 0, result.failed or 0)
  end,
  ["greenfix.fixFile"] = function(result)
    return result.applied and string.format("%d syntax fix(es) applied", result.fixes) or "no certain syntax fix"
  end,
}

--- Run a server command on the current buffer.
---@param command string
---@param arguments fun(client: vim.lsp.Client, bufnr: integer): any[]
local function execute(command, arguments)
  local bufnr = vim.api.nvim_get_current_buf()
  local client = client_of(bufnr)
  if client == nil then
    notify("the server is not running for this buffer (see :checkhealth greenfix)", vim.log.levels.WARN)
    return
  end
  local params = { command = command, arguments = arguments(client, bufnr) }
  local function on_result(err, result)
    if err then
      notify(command .. " failed: " .. err.message, vim.log.levels.ERROR)
    elseif type(result) == "table" then
      local summary = SUMMARIES[command](result)
      if summary then
        notify(summary)
      end
    end
  end
  if vim.fn.has("nvim-0.11") == 1 then
    client:request("workspace/executeCommand", params, on_result, bufnr)
  else
    client.request("workspace/executeCommand", params, on_result, bufnr)
  end
end

local function uri_only(_, bufnr)
  return { vim.uri_from_bufnr(bufnr) }
end

--- Refine the function under the cursor with its tests.
function M.refine()
  execute("greenfix.refine", function(client, bufnr)
    local position = vim.lsp.util.make_position_params(0, client.offset_encoding).position
    return { vim.uri_from_bufnr(bufnr), position }
  end)
end

--- Run the project's tests; failures show as diagnostics on the code under test.
function M.run_tests()
  execute("greenfix.runTests", uri_only)
end

--- Apply every certain syntax fix of the buffer.
function M.fix_file()
  execute("greenfix.fixFile", uri_only)
end

-- Titles by progress token: reports and ends do not repeat the title.
local titles = {}

local function echo_progress(args)
  local client = vim.lsp.get_client_by_id(args.data.client_id)
  local value = args.data.params.value
  if client == nil or client.name ~= require("greenfix").name or type(value) ~= "table" then
    return
  end
  local token = args.data.params.token
  if value.kind == "begin" then
    titles[token] = value.title
  end
  local text = (titles[token] or "greenfix") .. (value.message and (": " .. value.message) or "")
  if value.percentage then
    text = string.format("%s (%d%%)", text, value.percentage)
  end
  -- Only the outcome goes to :messages; the steps before it would crowd it.
  vim.api.nvim_echo({ { "greenfix: " .. text } }, value.kind == "end", {})
  if value.kind == "end" then
    titles[token] = nil
  end
end

--- Create the user commands and the progress echo (again: it is idempotent).
function M.create()
  vim.api.nvim_create_user_command("GreenfixRefine", M.refine, { desc = "greenfix: refine the function under the cursor with its tests" })
  vim.api.nvim_create_user_command("GreenfixRunTests", M.run_tests, { desc = "greenfix: run the project's tests" })
  vim.api.nvim_create_user_command("GreenfixFixFile", M.fix_file, { desc = "greenfix: apply every certain syntax fix" })
  local group = vim.api.nvim_create_augroup("greenfix.progress", {})
  if require("greenfix").options.progress then
    vim.api.nvim_create_autocmd("LspProgress", { group = group, callback = echo_progress })
  end
end

return M

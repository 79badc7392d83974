--- The user commands, which run the server's commands on the current buffer,
--- and the echo of the server's progress.
local M = {}

local messages = require("greenfix.notify")
local notify = messages.notify

--- The greenfix client of a buffer, also while its server is starting
--- (`_uninitialized`: Neovim lists only initialized clients otherwise).
---@param bufnr integer
---@return vim.lsp.Client?
local function client_of(bufnr)
  return vim.lsp.get_clients({ bufnr = bufnr, name = require("greenfix").name, _uninitialized = true })[1]
end

--- Run `run(client)` with the buffer's greenfix client; while the server starts,
--- say so and run it once the server is ready.
---@param bufnr integer
---@param name string the user command, for the message
---@param run fun(client: vim.lsp.Client)
local function with_client(bufnr, name, run)
  local client = client_of(bufnr)
  if client == nil then
    notify("the server is not running for this buffer (see :checkhealth greenfix)", vim.log.levels.WARN)
  elseif client.initialized then
    run(client)
  else
    notify("greenfix is starting; :" .. name .. " runs once it is ready")
    vim.api.nvim_create_autocmd("LspAttach", {
      buffer = bufnr,
      callback = function(args)
        if args.data.client_id == client.id then
          run(client)
          return true -- done: remove this autocmd
        end
      end,
    })
  end
end

--- workspace/executeCommand; `done(result)` gets a table result, errors are told.
---@param client vim.lsp.Client
---@param bufnr integer
---@param command string
---@param arguments any[]
---@param done fun(result: table)
local function execute(client, bufnr, command, arguments, done)
  local function on_result(err, result)
    if err then
      notify(command .. " failed: " .. err.message, vim.log.levels.ERROR)
    elseif type(result) == "table" then
      done(result)
    end
  end
  local params = { command = command, arguments = arguments }
  if vim.fn.has("nvim-0.11") == 1 then
    client:request("workspace/executeCommand", params, on_result, bufnr)
  else
    client.request("workspace/executeCommand", params, on_result, bufnr)
  end
end

local function tests_ran(result)
  notify(string.format("%d passed, %d failed", result.passed or 0, result.failed or 0))
end

---@param client vim.lsp.Client
---@param bufnr integer
local function run_tests(client, bufnr)
  execute(client, bufnr, "greenfix.runTests", { vim.uri_from_bufnr(bufnr) }, tests_ran)
end

--- greenfix.refine with `arguments`: the fix is shown, then asked about, then
--- applied and the tests run again. The server itself tells why when there is no fix.
---@param client vim.lsp.Client
---@param bufnr integer
---@param arguments any[]
local function refine(client, bufnr, arguments)
  execute(client, bufnr, "greenfix.refine", arguments, function(result)
    if result.status == "fixed" and result.edit then
      require("greenfix.refine").offer(client, result, function()
        run_tests(client, bufnr)
      end)
    end
  end)
end

--- Refine the function under the cursor with its tests.
function M.refine()
  local bufnr = vim.api.nvim_get_current_buf()
  local row, col = unpack(vim.api.nvim_win_get_cursor(0))
  with_client(bufnr, "GreenfixRefine", function(client)
    local position = { line = row - 1, character = vim.lsp.util.character_offset(bufnr, row - 1, col, client.offset_encoding) }
    refine(client, bufnr, { vim.uri_from_bufnr(bufnr), position })
  end)
end

--- The Refine with tests code action's command. Neovim runs a client's own
--- commands here instead of sending them, and would drop the fix in the result.
---@param command lsp.Command
---@param ctx { client_id: integer, bufnr: integer }
function M.refine_action(command, ctx)
  refine(assert(vim.lsp.get_client_by_id(ctx.client_id)), ctx.bufnr, command.arguments)
end

--- Run the project's tests; failures show as diagnostics on the code under test.
function M.run_tests()
  local bufnr = vim.api.nvim_get_current_buf()
  with_client(bufnr, "GreenfixRunTests", function(client)
    run_tests(client, bufnr)
  end)
end

--- Apply every certain syntax fix of the buffer, then offer each fix Refine with tests finds.
function M.fix_file()
  local bufnr = vim.api.nvim_get_current_buf()
  with_client(bufnr, "GreenfixFixFile", function(client)
    execute(client, bufnr, "greenfix.fixFile", { vim.uri_from_bufnr(bufnr) }, function(result)
      if result.fixes > 0 then
        notify(string.format("%d syntax fix(es) applied", result.fixes))
      end
      -- The fixes Refine with tests found, one after another: each shown, then asked about.
      local offers = vim.tbl_filter(function(refined)
        return refined.edit ~= nil
      end, vim.tbl_values(result.refines or {}))
      local function offer(index)
        if offers[index] then
          require("greenfix.refine").offer(client, offers[index], function()
            run_tests(client, bufnr)
          end, function()
            offer(index + 1)
          end)
        end
      end
      offer(1)
    end)
  end)
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
  -- One line, or Neovim asks "Press ENTER". Only the outcome goes to :messages;
  -- the steps before it would crowd it.
  vim.api.nvim_echo({ { messages.one_line("greenfix: " .. text, vim.v.echospace) } }, value.kind == "end", {})
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

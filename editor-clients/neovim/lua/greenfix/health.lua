--- :checkhealth greenfix: does the server command exist and start, and which
--- model backend do the settings passed to the server name.
local M = {}

--- The server command asked for its version: what comes before `serve`, then
--- `--version` (`greenfix serve` -> `greenfix --version`).
---@param cmd string[]
---@return string[]
local function version_cmd(cmd)
  local args = {}
  for _, part in ipairs(cmd) do
    if part == "serve" then
      break
    end
    table.insert(args, part)
  end
  table.insert(args, "--version")
  return args
end

--- Settings may be flat ({ model = "name", baseUrl = ... }) or nested by
--- section ({ model = { model = "name", baseUrl = ... } }), as the server reads them.
---@param settings table
---@return string
local function model_backend(settings)
  local section = type(settings.model) == "table" and settings.model or settings
  if type(section.model) ~= "string" or section.model == "" then
    return "none (embedded engine)"
  end
  local base_url = section.baseUrl or section.base_url
  return section.model .. " at " .. (base_url or "the openai client's default endpoint (OPENAI_BASE_URL)")
end

---@param cmd string[]
local function check_server(cmd)
  if vim.fn.executable(cmd[1]) == 0 then
    vim.health.error(cmd[1] .. " was not found", {
      "Install greenfix into the project's .venv or on PATH (see docs/editors.md in greenfix)",
      'Or name the command: require("greenfix").setup({ cmd = { "/path/to/greenfix", "serve" } })',
    })
    return
  end
  local ok, result = pcall(function()
    return vim.system(version_cmd(cmd), { text = true }):wait(15000)
  end)
  if ok and result.code == 0 then
    vim.health.ok(vim.trim(result.stdout) .. " starts (" .. table.concat(version_cmd(cmd), " ") .. ")")
  else
    local reason = ok and vim.trim(result.stderr ~= "" and result.stderr or ("exit status " .. result.code)) or result
    vim.health.error(table.concat(version_cmd(cmd), " ") .. " failed: " .. reason)
  end
end

function M.check()
  local greenfix = require("greenfix")
  vim.health.start("greenfix")
  if vim.fn.has("nvim-0.11") == 0 then
    vim.health.warn("Neovim 0.11 or newer is recommended; older versions start the server with vim.lsp.start")
  end
  -- :checkhealth runs in its own buffer: the project is the one Neovim was started in.
  local root = greenfix.root_of(vim.fn.getcwd())
  local cmd = greenfix.server_cmd(root)
  vim.health.info("server command: " .. table.concat(cmd, " ") .. " (project " .. root .. ")")
  check_server(cmd)
  vim.health.info("model backend: " .. model_backend(greenfix.options.settings))
  local running = vim.lsp.get_clients({ name = greenfix.name })
  if #running == 0 then
    vim.health.info("no greenfix server is running: open a Python file (after require('greenfix').setup())")
  end
  for _, client in ipairs(running) do
    vim.health.ok("server running for " .. (client.root_dir or "a single file"))
  end
end

return M

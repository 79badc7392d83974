--- greenfix for Neovim: starts `greenfix serve` for Python buffers and passes it
--- the user's settings. The server does the work; this plugin only connects it.
local M = {}

M.name = "greenfix"

--- The folders the server treats as a project root (server/lsp/projects.py).
M.root_markers = { "pyproject.toml", "setup.cfg", "setup.py", "pytest.ini", "tox.ini", ".git" }

---@class greenfix.Options
---@field cmd? string[] the server command; default: greenfix serve, from the project's .venv or venv if there
---@field settings? table greenfix settings (runTestsOnSave, testTimeout, budgetSeconds, model, baseUrl, ...)
---@field progress? boolean echo the server's progress (default true; turn off when a UI plugin shows it)

---@type greenfix.Options
M.options = { settings = {}, progress = true }

--- The project root of a buffer's file or of a folder: the nearest folder up
--- from it with a project marker, else the folder itself, as the server decides.
--- Nil for a buffer that is not a file.
---@param source integer|string a buffer number or a folder
---@return string?
function M.root_of(source)
  local path = source
  if type(source) == "number" then
    path = vim.bo[source].buftype == "" and vim.api.nvim_buf_get_name(source) or ""
  end
  if path == "" then
    return nil
  end
  local folder = vim.fn.fnamemodify(path, ":p:h")
  local marker = vim.fs.find(M.root_markers, { upward = true, path = folder, limit = 1 })[1]
  return marker and vim.fs.dirname(marker) or folder
end

--- The command that starts the server for a project root.
---@param root string?
---@return string[]
function M.server_cmd(root)
  if M.options.cmd then
    return M.options.cmd
  end
  for _, venv in ipairs({ ".venv", "venv" }) do
    local program = root and vim.fs.joinpath(root, venv, "bin", "greenfix")
    if program and vim.fn.executable(program) == 1 then
      return { program, "serve" }
    end
  end
  return { "greenfix", "serve" }
end

local function capabilities()
  local caps = vim.lsp.protocol.make_client_capabilities()
  -- Neovim applies versioned document changes but does not advertise them; with
  -- them the server's edits name the buffer version they were computed for.
  caps.workspace.workspaceEdit.documentChanges = true
  -- Refine with tests hands its fix to the plugin, which shows it before asking
  -- (greenfix.refine); Neovim would apply a server's edit unseen.
  caps.experimental = { greenfix = { refinePreview = true } }
  return caps
end

-- What every greenfix client is started with, whichever way it is registered.
local function common_config()
  -- An empty Lua table would go out as a JSON array.
  local settings = next(M.options.settings) and M.options.settings or vim.empty_dict()
  return {
    init_options = settings,
    -- Sent as workspace/didChangeConfiguration once the server is up.
    settings = { greenfix = settings },
    capabilities = capabilities(),
    -- Changes go out at once, as VS Code sends them: the server answers an applied
    -- edit by running the tests on the buffer, which must already hold the edit.
    flags = { debounce_text_changes = 0 },
    commands = { ["greenfix.refine"] = require("greenfix.commands").refine_action },
    handlers = {
      ["workspace/applyEdit"] = require("greenfix.apply_edit").handler,
      ["window/showMessage"] = require("greenfix.notify").show_message,
    },
  }
end

local function register()
  local config = common_config()
  config.filetypes = { "python" }
  config.root_dir = function(bufnr, on_dir)
    local root = M.root_of(bufnr)
    if root then
      on_dir(root)
    end
  end
  -- A function, so that the command is chosen per project (its .venv) when the
  -- client starts; Neovim passes the resolved config since 0.11.3.
  config.cmd = function(dispatchers, resolved)
    local root = resolved and resolved.root_dir or M.root_of(vim.api.nvim_get_current_buf())
    return vim.lsp.rpc.start(M.server_cmd(root), dispatchers, { cwd = root })
  end
  vim.lsp.config(M.name, config)
  vim.lsp.enable(M.name)
end

-- Neovim 0.10 has no vim.lsp.config: start a client per Python buffer instead.
local function register_with_start()
  vim.api.nvim_create_autocmd("FileType", {
    group = vim.api.nvim_create_augroup("greenfix.start", {}),
    pattern = "python",
    callback = function(args)
      local root = M.root_of(args.buf)
      if root then
        local config = common_config()
        config.name, config.root_dir, config.cmd = M.name, root, M.server_cmd(root)
        vim.lsp.start(config, { bufnr = args.buf })
      end
    end,
  })
end

--- Register the greenfix language server for Python buffers.
---@param opts? greenfix.Options
function M.setup(opts)
  M.options = vim.tbl_deep_extend("force", { settings = {}, progress = true }, opts or {})
  if vim.fn.has("nvim-0.11") == 1 then
    register()
  else
    register_with_start()
  end
  require("greenfix.commands").create()
end

return M

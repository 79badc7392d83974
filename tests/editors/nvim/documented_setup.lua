-- Started with docs/editors.md's plain init.lua: the commands exist and the
-- server starts with the documented settings. The lazy.nvim spec is evaluated
-- as lazy.nvim would read it, a Lua table.
local T = require("greenfix_test")

T.run(function(out)
  out.commands = vim.tbl_keys(vim.api.nvim_get_commands({}))
  out.lazy_spec = assert(load("return " .. vim.env.GREENFIX_NVIM_LAZY_SPEC))()
  local bufnr = T.open("pricing.py")
  out.init_options = vim.lsp.get_clients({ bufnr = bufnr, name = "greenfix" })[1].config.init_options
end)

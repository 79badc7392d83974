-- The plugin and the test helpers on the runtimepath, nothing of the user's
-- (nvim runs with --clean and fresh XDG folders). plugin/greenfix.lua is
-- sourced by Neovim's own startup, as for a user.
local here = vim.fs.dirname(debug.getinfo(1, "S").source:sub(2))
vim.opt.runtimepath:prepend(vim.env.GREENFIX_NVIM_PLUGIN)
vim.opt.runtimepath:append(here)
vim.opt.swapfile = false

require("greenfix").setup(vim.json.decode(vim.env.GREENFIX_NVIM_SETUP, { luanil = { object = true } }))

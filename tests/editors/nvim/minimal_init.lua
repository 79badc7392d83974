-- The plugin on the runtimepath, nothing of the user's (nvim runs with --clean
-- and fresh XDG folders). plugin/greenfix.lua is sourced by Neovim's own
-- startup, as for a user.
vim.opt.runtimepath:prepend(vim.env.GREENFIX_NVIM_PLUGIN)
vim.opt.swapfile = false

require("greenfix").setup(vim.json.decode(vim.env.GREENFIX_NVIM_SETUP, { luanil = { object = true } }))

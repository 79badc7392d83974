-- :GreenfixRefine, :GreenfixRunTests and :GreenfixFixFile. The server itself is
-- registered by require("greenfix").setup({...}), which creates these too, so a
-- plugin manager that adds this folder late still gets them.
if vim.g.loaded_greenfix then
  return
end
vim.g.loaded_greenfix = true

require("greenfix.commands").create()

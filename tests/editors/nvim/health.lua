-- :checkhealth greenfix, in the folder Neovim was started in: the report's lines.
local T = require("greenfix_test")

T.run(function(out)
  vim.cmd("checkhealth greenfix")
  out.report = vim.api.nvim_buf_get_lines(0, 0, -1, false)
end)

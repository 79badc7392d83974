-- The float's lines for the refine result in GREENFIX_NVIM_REFINE_RESULT (JSON).
local T = require("greenfix_test")

T.run(function(out)
  out.lines = require("greenfix.refine").preview_lines(vim.json.decode(vim.env.GREENFIX_NVIM_REFINE_RESULT))
end)

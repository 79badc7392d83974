--- Helpers for the scenarios pytest runs in a headless Neovim: wait with a
--- time limit, watch what the user would see, and hand the observations to
--- pytest as JSON.
local T = {}

T.project = vim.env.GREENFIX_NVIM_PROJECT
T.timeout = tonumber(vim.env.GREENFIX_NVIM_WAIT_MS) or 60000

--- What vim.notify showed, in order.
T.notifications = {}
vim.notify = function(message, level)
  table.insert(T.notifications, message)
end

--- How many times `message` was notified.
function T.count(message)
  return #vim.tbl_filter(function(m)
    return m == message
  end, T.notifications)
end

--- vim.ui.select as an asynchronous UI plugin answers it: later, with T.answer,
--- after T.while_asked() (what the user does meanwhile) when it is set.
T.answer = "Apply"
T.while_asked = nil
T.questions = {}
vim.ui.select = function(items, opts, on_choice)
  local floats = {}
  for _, win in ipairs(vim.api.nvim_list_wins()) do
    if vim.api.nvim_win_get_config(win).relative ~= "" then
      table.insert(floats, vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(win), 0, -1, false))
    end
  end
  table.insert(T.questions, { prompt = opts.prompt, items = items, floats = floats })
  local answer, while_asked = T.answer, T.while_asked
  vim.schedule(function()
    if while_asked then
      while_asked()
    end
    on_choice(answer)
  end)
end

--- Wait until `condition()` returns a truthy value, and return it; fail after the time limit.
function T.wait_for(what, condition)
  local value
  local done = vim.wait(T.timeout, function()
    value = condition()
    return value ~= nil and value ~= false
  end, 50)
  if not done then
    error(string.format("timed out after %d ms waiting for %s", T.timeout, what), 2)
  end
  return value
end

function T.text(bufnr)
  return table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), "\n")
end

--- The greenfix diagnostics of a buffer, as plain data.
function T.diagnostics(bufnr)
  local shown = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.source == "greenfix" then
      table.insert(shown, { line = d.lnum, col = d.col, message = d.message, code = d.code })
    end
  end
  return shown
end

function T.with_code(diagnostics, code)
  return vim.tbl_filter(function(d)
    return d.code == code
  end, diagnostics)
end

--- Open a file of the project and wait for the greenfix server to be ready on it.
function T.open(name)
  vim.cmd.edit(vim.fs.joinpath(T.project, name))
  local bufnr = vim.api.nvim_get_current_buf()
  T.wait_for("the greenfix server to start on " .. name, function()
    local client = vim.lsp.get_clients({ bufnr = bufnr, name = "greenfix" })[1]
    return client and client.initialized
  end)
  return bufnr
end

--- Run a scenario, write {observations} or {error} to the result file, quit.
function T.run(scenario)
  local observations = {}
  local ok, err = xpcall(scenario, debug.traceback, observations)
  local result = ok and { observations = observations } or { error = tostring(err), observations = observations }
  result.notifications = T.notifications
  result.questions = T.questions
  result.messages = vim.fn.execute("messages")
  local file = assert(io.open(vim.env.GREENFIX_NVIM_RESULT, "w"))
  file:write(vim.json.encode(result))
  file:close()
  vim.cmd("qa!")
end

return T

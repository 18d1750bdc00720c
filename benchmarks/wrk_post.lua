-- One-shot questions for wrk (a load generator in C, so the client does not share the Python
-- interpreter's limits): every request on a new connection, as in benchmarks/load.py.
--   gunicorn -c python:bot.server.gunicorn_conf bot.web:app        # JIEBEI_ACCESS_LOG=off
--   wrk -t2 -c8 -d10s --latency -s benchmarks/wrk_post.lua http://127.0.0.1:8080/v1/ask
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Connection"] = "close"
local questions = {'{"question": "借呗逾期会上门吗"}', '{"question": "will they call my parents?"}',
                   '{"question": "逾期了会影响征信吗"}', '{"question": "还不上怎么办"}'}
local sent = 0
request = function()
  sent = sent + 1
  return wrk.format(nil, "/v1/ask", nil, questions[(sent % #questions) + 1])
end

#!/usr/bin/env bash
# Capture the README's REPL screen: a zh conversation at 80 columns in tmux (colour off, no
# history file), with a numbered follow-up, /why, a language switch in words and /quit.
# Usage (from the repository, with the package installed in .venv): docs/capture-repl.sh > screen.txt
set -euo pipefail
cd "$(dirname "$0")/.."
SESSION=jiebei-readme-$$
BOT="$PWD/.venv/bin/jiebei-bot"
tmux new-session -d -s "$SESSION" -x 80 -y 40 "NO_COLOR=1 '$BOT' --no-history; sleep 30"
trap 'tmux kill-session -t "$SESSION" 2>/dev/null || true' EXIT
tmux set-option -t "$SESSION" history-limit 5000 >/dev/null
sleep 2
say() { tmux send-keys -t "$SESSION" -l "$1"; tmux send-keys -t "$SESSION" Enter; sleep 1.5; }
say "借呗逾期两个月了，会上门吗"
say "2"
say "/why"
say "用英文"
# The bottom toolbar as it reads before leaving (it disappears with the prompt).
toolbar=$(tmux capture-pane -p -t "$SESSION" | sed -e 's/[[:space:]]*$//' | grep -v '^$' | tail -n 1)
say "/quit"
tmux capture-pane -p -t "$SESSION" -S - -E - | sed -e 's/[[:space:]]*$//' | cat -s | sed -e '/^$/N;/^\n$/D'
echo "[bottom toolbar while the prompt waits:]"
echo "$toolbar"

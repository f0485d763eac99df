#!/bin/bash
# walk_journey.sh SCALE OUTDIR: the first-hour walk in a real window on a fresh X server.
# Needs xvfb xdotool imagemagick (see benchmarks/bench_startup.py for the Qt xcb libraries).
set -u
SCALE=$1; OUT=$2; DISPLAY_NUMBER=${DISPLAY_NUMBER:-97}
REPO=$(cd "$(dirname "$0")/../.." && pwd)
HOME_DIR=$(mktemp -d /tmp/alpaca-walk-home.XXXXXX)
mkdir -p "$HOME_DIR/Pictures" "$HOME_DIR/keras/models" "$OUT"
for weights in "$REPO"/../shared/keras/models/*; do ln -s "$weights" "$HOME_DIR/keras/models/"; done
# The window's 1280x820 (and the dialogs beside it) fit on this screen at any scale.
WIDTH=$(python3 -c "print(round(1400 * $SCALE))"); HEIGHT=$(python3 -c "print(round(940 * $SCALE))")
Xvfb ":$DISPLAY_NUMBER" -screen 0 "${WIDTH}x${HEIGHT}x24" -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
sleep 1.5
HOME=$HOME_DIR KERAS_HOME=$HOME_DIR/keras ALPACA_STUDIO_CACHE=$HOME_DIR/cache \
  XDG_CONFIG_HOME= XDG_CACHE_HOME= DISPLAY=":$DISPLAY_NUMBER" QT_QPA_PLATFORM=xcb \
  QT_SCALE_FACTOR=$SCALE timeout 900 "$REPO/.venv/bin/python" \
  "$REPO/docs/screenshots/walk_journey.py" "$SCALE" "$OUT" 2> "$OUT/terminal.txt"
echo "exit $? (the terminal said $(wc -c < "$OUT/terminal.txt") bytes)" >> "$OUT/walk.log"
kill "$XVFB"
for shot in "$OUT"/*.png; do mogrify +repage "$shot"; done

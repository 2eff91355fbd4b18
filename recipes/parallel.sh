#!/usr/bin/env bash
# framing on several cores or machines with GNU parallel: split a JSON Lines corpus into parts,
# count each part into a shard, merge the shards in order.
#
#   recipes/parallel.sh CORPUS.jsonl OUT [PARTS] [-- options for framing merge]
#
# PARTS (default 8) parts are counted at once (add `--sshloginfile hosts` to the parallel line
# to spread them over machines that share the folder). The merged outputs in OUT are
# byte-identical to `framing report CORPUS.jsonl --csv-dir OUT --report-dir OUT/reports`.
set -euo pipefail
corpus=$1 out=$2 parts=${3:-8}
shift $(( $# < 3 ? $# : 3 ))
[ "${1:-}" = "--" ] && shift
framing=${FRAMING:-framing}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Whole lines, in order: part-00.jsonl, part-01.jsonl, ...
split -n "l/$parts" -d -a 2 --additional-suffix=.jsonl "$corpus" "$work/part-"
ls "$work"/part-*.jsonl | parallel --halt now,fail=1 \
  "$framing" count {} --corpus-name "$corpus" --output {.}.shard --jobs 1 --quiet
"$framing" merge "$work"/part-*.shard --csv-dir "$out" --report-dir "$out/reports" "$@"

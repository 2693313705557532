#!/usr/bin/env bash
# Reads what the running server answers as of each instant: the expected snapshot of a golden journal.
OUT=$1; PORT=$2
B=http://127.0.0.1:$PORT/api/v1
E=$OUT/expected; mkdir -p $E
items=$(curl -s -b $OUT/jars/chair "$B/items?limit=200" | jq -r '.[].id' 2>/dev/null || curl -s -b $OUT/jars/chair "$B/items" | jq -r '.[].id')
echo "$items" > $E/items.txt
while read name at; do
  for i in $items; do
    r=$(curl -s -b $OUT/jars/chair "$B/items/$i?asOf=$at")
    echo "$r" | jq -c --arg at "$at" --arg id "$i" '{kind:"item", id:$id, asOf:$at, body:.}'
  done
  echo "$(curl -s -b $OUT/jars/chair "$B/missions?asOf=$at")" | jq -c --arg at "$at" '{kind:"missions", asOf:$at, body:.}'
  echo "$(curl -s -b $OUT/jars/chair "$B/events?asOf=$at")" | jq -c --arg at "$at" '{kind:"events", asOf:$at, body:.}'
done < $OUT/instants.txt > $E/asof.jsonl
for i in $items; do curl -s -b $OUT/jars/chair "$B/items/$i" | jq -c --arg id "$i" '{kind:"item", id:$id, body:.}'; done > $E/current.jsonl
curl -s -b $OUT/jars/admin "$B/journal/verify" > $E/verify.json

#!/usr/bin/env bash
# Drives one Concord build over HTTP through a representative set of acts (one server process).
# usage: http.sh SRC_DIR OUT_DIR PORT
set -uo pipefail
SRC=$1; OUT=$2; PORT=$3
export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
export CONCORD_HOME=$OUT/home
export CONCORD_DB_URL="jdbc:h2:file:$OUT/home/concord;AUTO_SERVER=TRUE"
mkdir -p $OUT/home $OUT/jars
B=http://127.0.0.1:$PORT/api/v1
(cd $SRC && exec $JAVA_HOME/bin/java -jar app/target/concord-all.jar serve --demo --port $PORT) > $OUT/server.log 2>&1 &
echo $! > $OUT/server.pid
for i in $(seq 1 300); do curl -sf $B/members >/dev/null && break; sleep 2; done
mark() { echo "$1 $(date -u +%Y-%m-%dT%H:%M:%S.%6NZ)" >> $OUT/instants.txt; sleep 1.1; }
pw() { grep -E "^\*   $1 " $OUT/server.log | awk '{print $NF}'; }
login() { # user password
  local r; r=$(curl -s -c $OUT/jars/$1 -X POST -H 'Content-Type: application/json' -H "Origin: http://127.0.0.1:$PORT" -d "{\"name\":\"$1\",\"password\":\"$2\"}" $B/session)
  echo "login $1: $r" >> $OUT/log.txt
  echo "$r" | jq -r .csrfToken > $OUT/jars/$1.csrf
}
req() { # user method path [json]
  local u=$1 m=$2 p=$3 d=${4:-}
  echo "+ $u $m $p $d" >> $OUT/log.txt
  if [ -n "$d" ]; then
    curl -s -b $OUT/jars/$u -X $m -H 'Content-Type: application/json' -H "Origin: http://127.0.0.1:$PORT" -H "X-CSRF-Token: $(cat $OUT/jars/$u.csrf)" -d "$d" "$B$p" >> $OUT/log.txt
  else
    curl -s -b $OUT/jars/$u -X $m -H "Origin: http://127.0.0.1:$PORT" -H "X-CSRF-Token: $(cat $OUT/jars/$u.csrf)" "$B$p" >> $OUT/log.txt
  fi
  echo >> $OUT/log.txt
}
v() { curl -s -b $OUT/jars/chair "$B/items/$1" | jq .version; }
mark loaded
for u in admin chair usa fra deu ita tur analyst; do login $u "$(pw $u)"; done
login chair "not the password"
login chair "$(pw chair)"
raise() { req chair POST /items "$1"; }
raise '{"id":"g-launch","proposer":"CHAIR","subject":"Launch a golden mission","text":"Launch it.","effect":{"type":"LAUNCH_MISSION","mission":"g-new","name":"Golden Mission","mandate":"Train and advise","start":"2027-01-01"}}'
raise '{"id":"g-extend","proposer":"CHAIR","subject":"Extend KFOR","text":"Extend it.","effect":{"type":"EXTEND_MISSION","mission":"kfor","newEnd":"2030-12-31"}}'
raise '{"id":"g-mandate","proposer":"CHAIR","subject":"Change the NSATU mandate","text":"Change it.","effect":{"type":"CHANGE_MANDATE","mission":"nsatu","text":"Coordinate security assistance and training"}}'
req usa POST /items '{"id":"g-reduce","proposer":"USA","subject":"Reduce KFOR","text":"Reduce it.","effect":{"type":"REDUCE_MISSION","mission":"kfor","targetStrength":3000,"byDate":"2028-06-30"}}'
req usa POST /items '{"id":"g-terminate","proposer":"USA","subject":"End NMI","text":"End it.","effect":{"type":"TERMINATE_MISSION","mission":"nmi","endDate":"2026-09"}}'
raise '{"id":"g-invite","proposer":"CHAIR","level":"HEADS_OF_STATE_AND_GOVERNMENT","subject":"Invite Ukraine","text":"Invite.","effect":{"type":"INVITE_PARTNER","event":"summit-2026-ankara","session":"ankara-2026-formal","partner":"UKR","level":"HEADS_OF_STATE_AND_GOVERNMENT","formality":"FORMAL"}}'
raise '{"id":"g-exclude","proposer":"CHAIR","subject":"Exclude Japan","text":"Exclude.","effect":{"type":"EXCLUDE_PARTNER","event":"summit-2026-ankara","session":"ankara-2026-formal","partner":"JPN"}}'
raise '{"id":"g-exclude-many","proposer":"CHAIR","subject":"Exclude AUS and NZL","text":"Exclude both.","effect":{"type":"EXCLUDE_PARTNERS","event":"summit-2026-ankara","session":"ankara-2026-formal","partners":["AUS","NZL"]}}'
raise '{"id":"g-hold","proposer":"CHAIR","subject":"Hold the industry forum","text":"Hold it.","effect":{"type":"HOLD_EVENT","event":"defence-industry-forum-2026"}}'
raise '{"id":"g-cancel","proposer":"CHAIR","subject":"Cancel the public forum","text":"Cancel it.","effect":{"type":"CANCEL_EVENT","event":"public-forum-2026"}}'
raise '{"id":"g-statement","proposer":"CHAIR","subject":"A statement","text":"We state.","effect":{"type":"ADOPT_STATEMENT","text":"We state."}}'
raise '{"id":"g-moved","proposer":"CHAIR","subject":"To be moved","text":"Move me.","effect":{"type":"ADOPT_STATEMENT","text":"Move me."}}'
mark raised
req deu PUT /items/g-launch/positions/DEU '{"position":"OBJECTION","version":1}'
req fra PUT /items/g-launch/positions/FRA '{"position":"SUPPORT_WITH_STATEMENT","footnote":"France trains only","version":2}'
req ita PUT /items/g-launch/positions/ITA '{"position":"RESERVATION","version":3}'
req tur PUT /items/g-extend/positions/TUR '{"position":"OBJECTION","fromLevel":"MINISTERS","version":1}'
mark objected
req deu PUT /items/g-launch/positions/DEU '{"position":"SUPPORT","version":4}'
req ita PUT /items/g-launch/positions/ITA '{"position":"SUPPORT","act":"LETTER","reference":"ITA/2026/9","version":5}'
req fra POST /items/g-launch/positions/FRA/footnote-withdrawal '{"version":6}'
req chair POST /items/g-extend/texts '{"text":"Extend it to 2030.","version":2}'
req usa PUT /items/g-reduce/positions/USA '{"position":"ABSTAIN","version":1}'
req tur PUT /items/g-extend/positions/TUR '{"position":"SUPPORT","version":3}'
mark lifted
for i in g-launch g-extend g-mandate g-reduce g-terminate g-invite g-exclude g-exclude-many g-cancel; do req chair POST /items/$i/adoption "{\"version\":$(v $i)}"; done
mark adopted
req chair POST /items/g-statement/silence '{"deadline":"2030-12-01T12:00:00Z","version":1}'
req deu POST /items/g-statement/silence/breaks/DEU '{"act":"LETTER","reference":"DEU/2026/117","version":2}'
DL=$(date -u -d '+25 seconds' +%Y-%m-%dT%H:%M:%SZ)
req chair POST /items/g-hold/silence "{\"deadline\":\"$DL\",\"version\":1}"
req chair POST /items/g-statement/withdrawal "{\"reason\":\"overtaken\",\"version\":$(v g-statement)}"
req chair POST /items/g-cancel/reopening "{\"newId\":\"g-cancel-2\",\"version\":$(v g-cancel)}"
req chair POST /items/g-moved/move '{"body":"mc","level":"AMBASSADORS","reason":"military advice first","version":1}'
req ita PUT /items/nmi-termination-2026/positions/ITA '{"position":"OBJECTION","version":1}'
mark silenced
req analyst POST /stances '{"issue":"nmi-end","actor":"DEU","reportedOn":"2026-03-01","source":"minister, on ARD","grade":"B2","position":60,"quote":"We will stay as long as needed."}'
req analyst POST /forecasts '{"issue":"nmi-end","runs":200,"seed":1}'
req admin POST /users '{"name":"greader","role":"READER","clearance":"NATO UNCLASSIFIED","password":"golden reader password 1"}'
req admin POST /users/greader/disable
req admin POST /tokens '{}'
M=$(curl -s -b $OUT/jars/chair $B/missions/osg)
NEW=$(echo "$M" | jq -c 'del(.leadNations) | .legalBasis = "Amended legal basis"')
req chair PUT /missions/osg "$NEW"
NM=$(echo "$M" | jq -c 'del(.leadNations,.version) | .id = "g-posted" | .name = "Posted Mission"')
req chair POST /missions "$NM"
req chair GET /items/no-such-item
sleep 30
mark closed
echo ready > $OUT/ready

#!/usr/bin/env bash
# The whole binary on generated corpora: time, MB/s and peak memory of
# `skein build` (default formats: Turtle, GraphML and GEXF) on one and two
# threads, how they grow with the input, and the MB/s of every stage (the
# criterion benchmark). See bench/README.md.
#
#   bash bench/run.sh                  # 10 MB and 100 MB, then the stages
#   bash bench/run.sh --big            # and 1 GB (needs ~5 GB of disk while it runs)
#   bash bench/run.sh --sizes 10,50    # these sizes (MB = 10^6 bytes of text)
#   bash bench/run.sh --runs 3         # best of 3 runs for each line (15 under 50 MB),
#                                      # alternating between the thread counts
#   bash bench/run.sh --threads 1,2    # these thread counts (default 1,2)
#   bash bench/run.sh --no-stages      # skip the criterion stage benchmark (~4 min)
#   bash bench/run.sh --keep           # keep corpora of 1 GB and more (deleted by default)
#
# After the table, a "ceiling" line: two one-thread builds of the largest
# corpus up to 100 MB run at once, which shows how much the machine itself
# slows two busy cores down, and so the most two threads can gain on it.
#
# Corpora are JSON Lines files written by `skein-gen` (seed 1) under
# $BENCH_DIR (default target/bench/), kept for the next run except the big
# ones. The real news corpus (../shared/corpus/news, or $NEWS_CORPUS) is
# measured too when it exists. Set CARGO_TARGET_DIR to build elsewhere.
#
# Columns: `wall s` elapsed seconds, to the millisecond (inputs under 50 MB,
# built in under a second, are built five times as often as --runs says);
# `cpu s` user + system seconds; `MB/s` input MB over wall seconds;
# `MB/cpu-s` input MB over CPU seconds (the rate of one thread even on a busy
# machine); `peak MiB` the maximum resident set in MiB (2^20 bytes; input MB
# are 10^6); `speedup` wall time on one thread over wall time on this many;
# `load` the 1-minute load average before the run (wall figures mean little
# when it is above the number of cores).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
sizes=10,100
threads=1,2
runs=1
seed=1
stages=1
keep=0
while [[ $# -gt 0 ]]; do
    case $1 in
        --big) sizes=$sizes,1000 ;;
        --sizes) sizes=$2; shift ;;
        --threads) threads=$2; shift ;;
        --runs) runs=$2; shift ;;
        --no-stages) stages=0 ;;
        --keep) keep=1 ;;
        -h|--help) sed -n '2,31p' "$0"; exit 0 ;;
        *) echo "unknown option $1; see --help" >&2; exit 2 ;;
    esac
    shift
done

target_dir=${CARGO_TARGET_DIR:-$repo/target}
bench_dir=${BENCH_DIR:-$repo/target/bench}
news=${NEWS_CORPUS:-$repo/../shared/corpus/news}
mkdir -p "$bench_dir"
[[ -x /usr/bin/time ]] || { echo "bench/run.sh needs GNU time (/usr/bin/time)" >&2; exit 1; }

echo "building release binaries..." >&2
(cd "$repo" && cargo build --release --quiet --bin skein --bin skein-gen)
skein=$target_dir/release/skein
gen=$target_dir/release/skein-gen

# corpus SIZE_MB: prints the directory of the corpus, generating it once.
# Its text size in bytes is kept next to it in DIR.bytes.
corpus() {
    local dir=$bench_dir/corpus-${1}mb-seed$seed
    if [[ ! -f $dir.bytes || ! -d $dir ]]; then
        rm -rf "$dir" "$dir.bytes"
        echo "generating $1 MB..." >&2
        local report
        report=$("$gen" --megabytes "$1" --seed $seed --out "$dir" --jsonl 2>&1)
        echo "$report" | sed -n 's/.* \([0-9]*\) bytes of text.*/\1/p' > "$dir.bytes"
    fi
    echo "$dir"
}

load() { cut -d' ' -f1 /proc/loadavg; }

# run_once INPUT THREADS: builds INPUT once and prints "wall cpu peak_kb".
# Wall time is taken to the millisecond around the build (GNU time's %e has
# centiseconds). The output directory is deleted after the run.
run_once() {
    local stats t0 t1 out=$bench_dir/out
    rm -rf "$out"
    t0=$EPOCHREALTIME
    stats=$( { /usr/bin/time -f 'TIME %U %S %M' "$skein" build "$1" -o "$out" --threads "$2" -q 2>&1 >/dev/null; } | grep '^TIME' | tail -1)
    t1=$EPOCHREALTIME
    rm -rf "$out"
    read -r _ user sys kb <<< "$stats"
    echo "$(awk "BEGIN{printf \"%.3f\", $t1 - $t0}") $(awk "BEGIN{printf \"%.2f\", $user + $sys}") $kb"
}

# Each line is the build with the least wall time among $runs builds (the
# peak is the largest seen); inputs under $small_bytes, built in under a
# second, get $small_factor times as many runs, since one run of them says
# little. The builds of an input alternate between the thread counts (1, 2,
# 1, 2, ...), so that a slow spell of the machine, which can last minutes,
# falls on both and not on one side of the speedup.
small_bytes=50000000
small_factor=5
printf '%s; %s cores; %s; %s GB RAM; skein %s\n' "$(date -u '+%Y-%m-%d %H:%M UTC')" "$(nproc)" \
    "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')" \
    "$(free -g | awk '/^Mem:/{print $2}')" "$(cd "$repo" && git rev-parse --short HEAD 2>/dev/null || echo '?')"
echo
header='%-12s %8s %7s %8s %8s %8s %9s %8s %7s %5s\n'
printf "$header" input MB threads "wall s" "cpu s" MB/s MB/cpu-s "peak MiB" speedup load
scaling=()
row() { # LABEL BYTES INPUT
    local one="" n=$runs started_load r t
    local -A best=() cpu=() peak=()
    ((${2%.*} < small_bytes)) && n=$((runs * small_factor))
    started_load=$(load)
    for ((r = 0; r < n; r++)); do
        for t in ${threads//,/ }; do
            local secs c kb
            read -r secs c kb < <(run_once "$3" "$t")
            if [[ -z ${best[$t]:-} ]] || awk "BEGIN{exit !($secs < ${best[$t]})}"; then
                best[$t]=$secs cpu[$t]=$c
            fi
            ((kb > ${peak[$t]:-0})) && peak[$t]=$kb
        done
    done
    for t in ${threads//,/ }; do
        local secs=${best[$t]} kb=${peak[$t]} mb mbs cpumbs speedup=-
        mb=$(awk "BEGIN{printf \"%.1f\", $2 / 1e6}")
        mbs=$(awk "BEGIN{printf \"%.2f\", $2 / 1e6 / $secs}")
        cpumbs=$(awk "BEGIN{printf \"%.2f\", $2 / 1e6 / ${cpu[$t]}}")
        if [[ $t == 1 ]]; then one=$secs; elif [[ -n $one ]]; then speedup=$(awk "BEGIN{printf \"%.2fx\", $one / $secs}"); fi
        printf "$header" "$1" "$mb" "$t" "$secs" "${cpu[$t]}" "$mbs" "$cpumbs" $((kb / 1024)) "$speedup" "$started_load"
        scaling+=("${1// /} $t $2 $secs ${cpu[$t]} $kb")
    done
}

if [[ -d $news ]]; then
    row "news (real)" "$(cat "$news"/* | wc -c)" "$news"
    scaling=()
fi
ceiling_dir="" ceiling_label=""
for size in ${sizes//,/ }; do
    dir=$(corpus "$size")
    row "${size} MB" "$(cat "$dir.bytes")" "$dir"
    if ((size <= 100)); then ceiling_dir=$dir ceiling_label="${size} MB"; fi
    if ((size >= 1000 && !keep)); then
        rm -rf "$dir" "$dir.bytes"
    fi
done

# The machine's own ceiling for two threads: two one-thread builds of the
# same corpus at once, one per core, sharing nothing but the memory system
# and the host. Were the cores independent, each would take the CPU time of
# one build alone; the time it takes more bounds what two threads of one
# build can gain.
if [[ -n $ceiling_dir ]] && (($(nproc) >= 2)); then
    out=$bench_dir/out
    cpu_of() { awk '/^TIME/{printf "%.2f", $2 + $3}' "$1"; }
    alone="" pair=""  # least CPU seconds of one build alone, and of a pair's mean, over $runs tries
    for ((r = 0; r < runs; r++)); do
        rm -rf "$out" "$out-a" "$out-b"
        /usr/bin/time -f 'TIME %U %S' -o "$out.alone" "$skein" build "$ceiling_dir" -o "$out" --threads 1 -q
        /usr/bin/time -f 'TIME %U %S' -o "$out.a" "$skein" build "$ceiling_dir" -o "$out-a" --threads 1 -q &
        /usr/bin/time -f 'TIME %U %S' -o "$out.b" "$skein" build "$ceiling_dir" -o "$out-b" --threads 1 -q
        wait
        one=$(cpu_of "$out.alone")
        two=$(awk -v a="$(cpu_of "$out.a")" -v b="$(cpu_of "$out.b")" 'BEGIN{printf "%.2f", (a + b) / 2}')
        if [[ -z $alone ]] || awk "BEGIN{exit !($one < $alone)}"; then alone=$one; fi
        if [[ -z $pair ]] || awk "BEGIN{exit !($two < $pair)}"; then pair=$two; fi
    done
    rm -rf "$out" "$out-a" "$out-b" "$out.alone" "$out.a" "$out.b"
    echo
    awk -v l="$ceiling_label" -v z="$alone" -v p="$pair" 'BEGIN{
        printf "ceiling: two one-thread builds of %s at once took %s cpu s each, one alone %s:\n", l, p, z
        printf "  %+.0f %%; two threads of one build can gain at most %.2fx on this machine now\n",
            (p / z - 1) * 100, 2 * z / p }'
fi

# Growth between consecutive generated sizes, per thread count: linear cost
# means time grows as the input (cpu-s per MB stays put); memory should grow
# far slower than the input (it follows distinct entities and relations).
echo
echo "growth (per thread count, from each size to the next):"
for t in ${threads//,/ }; do
    prev=""
    for line in "${scaling[@]}"; do
        read -r label lt bytes secs cpu kb <<< "$line"
        [[ $lt == "$t" ]] || continue
        if [[ -n $prev ]]; then
            read -r plabel pbytes psecs pcpu pkb <<< "$prev"
            awk -v a="$plabel" -v b="$label" -v t="$t" -v x="$((bytes))" -v px="$pbytes" \
                -v c="$cpu" -v pc="$pcpu" -v w="$secs" -v pw="$psecs" -v k="$kb" -v pk="$pkb" 'BEGIN{
                printf "  %s thread(s), %s -> %s: input x%.1f, wall x%.1f, cpu x%.1f (cpu-s per MB x%.2f), peak RSS x%.1f\n",
                    t, a, b, x / px, w / pw, c / pc, (c / x) / (pc / px), k / pk }'
        fi
        prev="$label $bytes $secs $cpu $kb"
    done
done

if ((stages)); then
    echo
    echo "stages (criterion, one thread, 4 MB of generated news, median MB/s; cargo bench --bench stages):"
    (cd "$repo" && cargo bench --quiet --bench stages 2>/dev/null) | awk '
        /^stages\// { name = $1; sub(/^stages\//, "", name) }
        /thrpt:/ && name != "" {
            line = $0; sub(/.*\[/, "", line); sub(/\].*/, "", line); split(line, v, " ")
            rate = v[3]; unit = v[4]
            if (unit ~ /^GB/) rate *= 1000; else if (unit ~ /^KB/) rate /= 1000; else if (unit ~ /^B\//) rate /= 1e6
            printf "  %-16s %10.2f MB/s\n", name, rate
            name = ""   # a "change:" block with its own thrpt line may follow
        }'
fi

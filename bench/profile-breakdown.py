#!/usr/bin/env python3
"""The batch's Flight Recorder samples by stage, as shares (see BENCHMARKS.md; bench/run.sh profile runs it).

Reads the output of `jfr print --stack-depth 512 --events EVENT rec.jfr` on standard input:
    jfr print --stack-depth 512 --events jdk.ExecutionSample rec.jfr | profile-breakdown.py
    jfr print --stack-depth 512 --events jdk.ObjectAllocationSample rec.jfr | profile-breakdown.py --weight
Each sample goes to the stage of the first frame, from the leaf down, that names one; --weight
counts allocation samples by the bytes they stand for.
"""
import re, sys
from collections import Counter

STAGES = [
    ("explanation (ChunkRecorder)", r"ChunkRecorder"),
    ("questions and follow-ups", r"internal\.engine\.(Questions|FollowUps)\."),
    ("assemble the advice", r"RuleBase\.(assemble|chooseVerdict|adviseAll)|advice\.(Advice|Explanation|Firing|Recommendation|Question|FollowUp)\."),
    ("rules (fireAllRules)", r"fireAllRules"),
    ("session (create, insert, dispose)", r"newKieSession|KieSession|StatefulKnowledgeSessionImpl\.(<init>|dispose|insert)|\.insert\(|evaluateChunk"),
    ("write a result", r"batch\.write\.|AdviceJson\.|batch\.Pipeline\.write"),
    ("parse a case", r"CaseJson\.|TreeReader\.|CaseParser\.|RawCase\.parse|json\.Case"),
    ("read and cut the input", r"batch\.read\.|InputReader|ByteReader"),
    ("hand-off (queue, futures)", r"batch\.Pipeline|ChunkEvaluator|ArrayBlockingQueue|FutureTask|ThreadPoolExecutor|LockSupport"),
]
weighted = "--weight" in sys.argv
counts = Counter()
total = 0
stack = []
weight = 1

def flush():
    global stack, total, weight
    if not stack:
        return
    stage = "other (JIT, JVM, start-up, ...)"
    for frame in stack:
        hit = next((name for name, pat in STAGES if re.search(pat, frame)), None)
        if hit:
            stage = hit
            break
    counts[stage] += weight
    total += weight
    stack = []
    weight = 1

for line in sys.stdin:
    s = line.strip()
    if s.startswith("jdk.ExecutionSample") or s.startswith("jdk.ObjectAllocationSample"):
        flush()
    elif s.startswith("weight ="):
        v = s.split("=", 1)[1].strip()
        num = float(re.match(r"[\d.]+", v).group(0))
        unit = v[len(re.match(r"[\d.]+", v).group(0)):].strip()
        weight = num * {"bytes": 1, "kB": 1e3, "MB": 1e6, "GB": 1e9}.get(unit, 1)
    elif re.match(r"^[\w$.<>/]+\.[\w$<>]+\(", s) or "line:" in s:
        stack.append(s)
flush()
print(f"{'stage':40s} {'share':>7s}")
for name, n in counts.most_common():
    print(f"{name:40s} {100.0 * n / total:6.1f} %")
print(f"{'(samples' if not weighted else '(bytes'}: {total:.0f})")

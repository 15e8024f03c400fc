# Runs a command and prints {"ms", "maxRssKb", "code"} as JSON on stdout: wall time around the
# child alone, and the child's peak resident set (getrusage of children), so prodlint and each
# peer are measured the same way. The child's own output goes to /dev/null.
import json, resource, subprocess, sys, time

start = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
ms = (time.perf_counter() - start) * 1000
print(json.dumps({"ms": ms, "maxRssKb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, "code": code}))

"""
Ingest smoke measurement (not the benchmark of issue 7): with the suite up (./suite up), pushes 20 batches of
1,000 RECEIVED events through the gateway, waits until GET /api/v1/kpis reflects all of them, then reads the
indicators 200 times. Prints JSON: events accepted per second, reflected per second, batch and read latencies.
Run: python3 bench/ingest-smoke.py   (needs only Python 3; uses fresh unit and service codes each run)
"""
import json, time, urllib.request, uuid, statistics, datetime
BASE = "http://127.0.0.1:8080/api/v1"
# the ops key: DVC_API_KEY, or the development one the launcher keeps in .run/dev-keys.properties
import os, pathlib
KEY = os.environ.get("DVC_API_KEY") or next(line.split("=", 1)[1].strip() for line in
      (pathlib.Path(__file__).resolve().parent.parent / ".run" / "dev-keys.properties").read_text().splitlines()
      if line.startswith("ops="))
run = uuid.uuid4().hex[:6]
def call(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(BASE + path, data=data, method=method, headers={"Content-Type": "application/json", "X-API-Key": KEY})
    with urllib.request.urlopen(req, timeout=60) as r:
        return r.status, json.loads(r.read() or b"null")
prov, dep = "BP-" + run, "H10-" + run
call("PUT", "/units", [{"code": prov, "name": "Tỉnh", "tier": "PROVINCE"}, {"code": dep, "name": "Sở", "tier": "DEPARTMENT", "parentCode": prov}])
call("PUT", "/services", [{"code": "S-" + run, "name": "Thủ tục", "field": "Tư pháp", "feeBearing": False, "offerings": [{"tier": "PROVINCE", "level": 4, "ownerUnitCode": dep}]}])
BATCHES, SIZE = 20, 1000
t0 = time.time(); lat = []
for b in range(BATCHES):
    events = []
    for i in range(SIZE):
        n = b * SIZE + i
        events.append({"eventId": f"e{n}-{run}", "dossierId": f"D{n}-{run}", "status": "RECEIVED",
                       "occurredAt": "2022-06-01T08:30:00+07:00", "unitCode": dep, "serviceCode": "S-" + run,
                       "channel": "ONLINE" if n % 3 == 0 else "DIRECT", "dueAt": "2022-06-08T17:00:00+07:00"})
    s = time.time(); st, out = call("POST", "/dossier-events/batch", events); lat.append(time.time() - s)
    assert st == 202 and all(o["outcome"] == "ACCEPTED" for o in out), out[:2]
accepted = time.time() - t0
total = BATCHES * SIZE
while True:
    st, k = call("GET", f"/kpis?unit={prov}&from=2022-06-01&to=2022-07-01")
    d = next(i for i in k["indicators"] if i["code"] == "ONLINE_DOSSIER_SHARE")["denominator"]
    if d == total: break
    time.sleep(0.2)
reflected = time.time() - t0
reads = []
for _ in range(200):
    s = time.time(); call("GET", f"/kpis?unit={prov}&from=2022-06-01&to=2022-07-01"); reads.append((time.time() - s) * 1000)
reads.sort()
print(json.dumps({"events": total, "batch_size": SIZE, "accepted_s": round(accepted, 2), "accepted_per_s": round(total / accepted),
  "reflected_s": round(reflected, 2), "reflected_per_s": round(total / reflected),
  "batch_latency_ms_p50": round(statistics.median(lat) * 1000), "batch_latency_ms_max": round(max(lat) * 1000),
  "kpis_read_ms_p50": round(reads[len(reads)//2], 1), "kpis_read_ms_p99": round(reads[int(len(reads)*0.99)-1], 1)}))

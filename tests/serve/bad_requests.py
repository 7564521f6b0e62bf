"""Hostile requests against eventwatch serve (see bad_requests.sh).
Usage: bad_requests.py HOST PORT"""
import socket
import sys
import threading
import time

HOST, PORT = sys.argv[1], int(sys.argv[2])
failures = []


def raw(data, timeout=15):
    """Sends raw bytes; returns (status or None when closed, body)."""
    s = socket.create_connection((HOST, PORT), timeout=timeout)
    try:
        s.sendall(data)
        buf = b""
        while True:
            try:
                chunk = s.recv(65536)
            except (ConnectionResetError, socket.timeout):
                break
            if not chunk:
                break
            buf += chunk
        if not buf.startswith(b"HTTP/1."):
            return None, buf
        return int(buf.split(b" ", 2)[1]), buf.split(b"\r\n\r\n", 1)[-1]
    except (BrokenPipeError, ConnectionResetError):
        return None, b""
    finally:
        s.close()


def get(target, method="GET", headers=""):
    req = f"{method} {target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n{headers}\r\n"
    return raw(req.encode("latin-1"))


def expect_4xx_or_close(name, status, body, want=None):
    ok = status is None or 400 <= status < 500
    if want is not None and status != want:
        ok = False
    if status == 400 and b'"error"' not in body and want is None:
        pass  # MHD's own 400s are HTML; fine
    print(("ok   " if ok else "FAIL ") + f"{name}: {status}")
    if not ok:
        failures.append(name)


def healthy(name):
    t0 = time.time()
    st, body = get("/api/health")
    dt = time.time() - t0
    ok = st == 200 and b'"status":"ok"' in body and dt < 2
    print(("ok   " if ok else "FAIL ") + f"{name}: health {st} in {dt * 1000:.0f} ms")
    if not ok:
        failures.append(name)


# libmicrohttpd decodes the query itself and keeps a broken escape as
# text: a lone '%' is then just searched for (200) -- harmless either way
for t in ["/api/events?q=%", "/api/events?q=%4"]:
    st, body = get(t)
    ok = st in (200, 400)
    print(("ok   " if ok else "FAIL ") + f"broken escape {t}: {st}")
    if not ok:
        failures.append(t)

malformed = ["/api/events?%zz=1", "/api/events?=x",
             "/api/events?limit=1&limit=1", "/api/events?q=a%00b", "/api/events?limit=abc",
             "/api/events?from=2025-99-99", "/api/events?country=K%C3%A4Z",
             "/api/events?" + "&".join(f"p{i}=1" for i in range(40)),
             "/api/series?by=dyad&key=%27%3B+DROP+TABLE+events%3B--",
             "/api/events?actor=RUS%27+OR+1%3D1--", "/api/event/1%20OR%201=1",
             "/api/event/99999999999999999999999", "/api/events?cursor=20250101_-5"]
for t in malformed:
    st, body = get(t)
    expect_4xx_or_close("malformed " + t[:60], st, body, 400)

huge = [("/api/events?q=" + "x" * 3000, None), ("/api/explain?text=" + "y" * 4000, None),
        ("/api/events?" + "a" * 70000 + "=1", None), ("/" + "a/" * 40000, None)]
for t, want in huge:
    st, body = get(t)
    expect_4xx_or_close(f"huge request line ({len(t)} bytes)", st, body, want)
st, body = get("/api/health", headers="".join(f"X-H{i}: {'v' * 1000}\r\n" for i in range(200)))
expect_4xx_or_close("200 headers of 1 KB", st, body)

traversal = ["/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/vendor/..%2f..%2fMakefile",
             "/index.html/../../Makefile", "/..%5c..%5cMakefile", "/vendor/../../src/serve/api.c",
             "//etc/passwd", "/.git/HEAD", "/vendor/licenses/../../../Makefile",
             "/web/index.html", "/package.json/.", "/vendor/%2e%2e/index.html"]
for t in traversal:
    st, body = get(t)
    ok = st in (400, 404) or st is None
    print(("ok   " if ok else "FAIL ") + f"traversal {t}: {st}")
    if not ok or b"root:" in body or b"CC ?=" in body:
        failures.append("traversal " + t)

# %00 in the path: libmicrohttpd decodes it and the path ends there, so
# this is a request for "/" -- it may get the dashboard page, nothing else
st, body = get("/%00../../etc/passwd")
ok = st in (400, 404) or (st == 200 and b"<title>eventwatch dashboard</title>" in body)
print(("ok   " if ok else "FAIL ") + f"NUL in the path: {st}")
if not ok:
    failures.append("NUL in the path")

for m in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT"]:
    st, body = get("/api/events", method=m, headers="Content-Length: 5\r\n") if m != "CONNECT" else get("x:1", m)
    expect_4xx_or_close(f"method {m}", st, body)
for junk in [b"\x00\x01\x02garbage\r\n\r\n", b"GET\r\n\r\n", b"\r\n\r\n\r\n",
             b"GET /api/health HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n"]:
    st, body = raw(junk, timeout=3)  # no answer within 3 s counts as refused
    expect_4xx_or_close(f"garbage {junk[:20]!r}", st, body)
st, body = raw(b"GET / HTTP/9.9\r\n\r\n")
ok = st in (400, 505) or st is None   # 505 HTTP Version Not Supported is the right answer
print(("ok   " if ok else "FAIL ") + f"unknown HTTP version: {st}")
if not ok:
    failures.append("HTTP/9.9")
healthy("after the bad requests")

# slow clients: 30 connections send half a request line and stall; others
# are served meanwhile, and the server closes the stalled ones after its
# idle timeout (10 s)
slow_closed = []


def stall():
    s = socket.create_connection((HOST, PORT), timeout=30)
    t0 = time.time()
    try:
        s.sendall(b"GET /api/health HTTP/1.1\r\nHost:")
        s.recv(1)          # returns b"" (or raises) when the server closes
    except OSError:
        pass
    finally:
        slow_closed.append(time.time() - t0)
        s.close()


threads = [threading.Thread(target=stall) for _ in range(30)]
for t in threads:
    t.start()
time.sleep(1)
for i in range(5):
    healthy(f"while 30 stalled clients are connected ({i})")
    time.sleep(0.5)
for t in threads:
    t.join()
late = [d for d in slow_closed if d > 20]
print(("ok   " if not late else "FAIL ") + f"stalled clients closed by the server: {30 - len(late)}/30, "
      f"after {min(slow_closed):.0f}-{max(slow_closed):.0f} s")
if late:
    failures.append("slow clients")
healthy("at the end")
print(f"{len(failures)} failed" if failures else "all passed")
sys.exit(1 if failures else 0)

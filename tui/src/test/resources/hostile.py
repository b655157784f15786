"""Hostile input for a probe responder, sent from inside a test network namespace.

spoof SRC:SPORT DST:DPORT   one probe in a raw IPv4/UDP packet with a forged source
flood DST:DPORT COUNT SECS  COUNT probes spread over SECS seconds from one socket; prints
                            "answers answer-bytes probe-bytes"
"""
import socket
import struct
import sys
import time


def probe(nonce):
    head = "edge-site-probe/2 probe %s hostile-%d edge-x %d u s" % (nonce, time.time_ns() % 100000, int(time.time() * 1000))
    return (head + " " + "." * (320 - len(head) - 2) + "\n").encode()


def checksum(data):
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    s = (s >> 16) + (s & 0xFFFF)
    s += s >> 16
    return ~s & 0xFFFF


def spoof(src, dst):
    (shost, sport), (dhost, dport) = [(h, int(p)) for h, p in (a.rsplit(":", 1) for a in (src, dst))]
    payload = probe("spoof")
    udp = struct.pack("!HHHH", sport, dport, 8 + len(payload), 0) + payload
    ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(udp), 0x1234, 0, 64, 17, 0,
                     socket.inet_aton(shost), socket.inet_aton(dhost))
    ip = ip[:10] + struct.pack("!H", checksum(ip)) + ip[12:]
    s = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_RAW)
    s.sendto(ip + udp, (dhost, 0))


def flood(dst, count, seconds):
    host, port = dst.rsplit(":", 1)
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.setblocking(False)
    answers = answer_bytes = probe_bytes = 0
    start = time.monotonic()
    sent = 0
    while True:
        now = time.monotonic() - start
        due = min(count, int(count * now / seconds) + 1)
        while sent < due:
            p = probe("f%d" % sent)
            s.sendto(p, (host, int(port)))
            probe_bytes += len(p)
            sent += 1
        try:
            while True:
                data = s.recv(9100)
                answers += 1
                answer_bytes += len(data)
        except BlockingIOError:
            pass
        if now > seconds + 0.5:
            break
        time.sleep(0.0005)
    print(answers, answer_bytes, probe_bytes)


if __name__ == "__main__":
    if sys.argv[1] == "spoof":
        spoof(sys.argv[2], sys.argv[3])
    else:
        flood(sys.argv[2], int(sys.argv[3]), float(sys.argv[4]))

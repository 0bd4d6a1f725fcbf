# Starts spinning threads without end.
import threading


def spin():
    while True:
        pass


while True:
    threading.Thread(target=spin, daemon=True).start()

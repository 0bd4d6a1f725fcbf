# Asks 1, 2, 3, ...: right when x <= 30, but more than 30 queries on a big secret: WRONG_ANSWER.
n = int(input())
for y in range(1, n + 1):
    print("?", y, flush=True)
    if input().strip() == "=":
        break

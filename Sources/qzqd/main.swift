print("qzqd")

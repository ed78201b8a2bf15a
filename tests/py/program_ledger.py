# bank ledger with %-formatting and running balance
txns = [("2024-01-03", "Opening deposit", 1500.00), ("2024-01-05", "Coffee", -3.75), ("2024-01-09", "Rent", -1200), ("2024-01-15", "Salary", 3200.5),
        ("2024-01-20", "Groceries & household", -187.42), ("2024-01-28", "Refund", 19.99), ("2024-02-01", "Transfer to savings", -1000), ("2024-02-02", "Interest", 0.015)]
bal = 0.0
print("%-10s  %-22s %12s %12s" % ("Date", "Description", "Amount", "Balance"))
print("%s  %s %s %s" % ("-" * 10, "-" * 22, "-" * 12, "-" * 12))
for date, desc, amt in txns:
    bal += amt
    flag = " *" if bal < 1000 else ""
    print("%-10s  %-22.22s %+12.2f %12.2f%s" % (date, desc, amt, bal, flag))
credits = sum(a for _, _, a in txns if a > 0)
debits = -sum(a for _, _, a in txns if a < 0)
print("%(label)-35s %(v)12.2f" % {"label": "Total credits", "v": credits})
print("%(label)-35s %(v)12.2f" % {"label": "Total debits", "v": debits})
print("%-35s %12.2f" % ("Net", credits - debits))
by_month = {}
for date, _, amt in txns:
    by_month.setdefault(date[:7], []).append(amt)
for month, amts in sorted(by_month.items()):
    print("%s: %2d txns, avg %9.3f, max %8.2f, min %8.2f" % (month, len(amts), sum(amts) / len(amts), max(amts), min(amts)))
rate = 0.035
principal = 10000
print("Year  Balance     Interest")
for year in range(1, 6):
    interest = principal * rate
    principal += interest
    print("%4d  %10.2f  %8.2f" % (year, principal, interest))
print("%.2e %.3g %g %s" % (principal, principal, principal, round(principal, 2)))
print("|%10s|%-10s|%^10s|" % ("r", "l", "c") if False else "|%10s|%-10s|" % ("r", "l"))

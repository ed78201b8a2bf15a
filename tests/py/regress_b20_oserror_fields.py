# Regression: OSError(errno, strerror) fields and str
err = OSError(2, "No such file")
print(str(err))
print(err.errno, err.strerror)

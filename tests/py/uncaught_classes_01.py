# expect-error: AppError: custom str 2
class AppError(Exception):
    def __str__(self): return "custom str " + str(len(self.args))
print("start")
raise AppError(1, 2)

import os as _os

__version__ = "0.1.0"

# numpy's OpenBLAS would start a spinning thread per core for matrices this small (the
# sentence embeddings of the command assistant). On a busy desktop those threads fight the
# user's own programs and the model threads: measured on 2 loaded cores, a cookbook search
# took 2.05 s with them and 0.35-0.47 s with one thread. Set before anything imports numpy; a
# value the user exported wins. (The speech models bring their own thread pools.)
_os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

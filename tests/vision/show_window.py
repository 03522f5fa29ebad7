"""Helper process: show a window with a traceback until stdin closes."""

import sys
import threading

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel

TEXT = """$ python3 divide.py
Traceback (most recent call last):
  File "/home/user/divide.py", line 7, in <module>
    print(ratio(10, 0))
  File "/home/user/divide.py", line 4, in ratio
    return a / b
ZeroDivisionError: division by zero"""

app = QApplication(sys.argv)
label = QLabel(TEXT)
label.setFont(QFont("DejaVu Sans Mono", 12))
label.setStyleSheet("background: white; color: black; padding: 16px;")
label.setWindowTitle("Traceback viewer")
label.setGeometry(200, 150, 900, 420)
label.show()
label.activateWindow()
app.processEvents()


def wait_stdin() -> None:
    sys.stdin.read()
    app.quit()


threading.Thread(target=wait_stdin, daemon=True).start()
from PySide6.QtCore import QTimer  # noqa: E402

QTimer.singleShot(300, lambda: print("ready", flush=True))
app.exec()

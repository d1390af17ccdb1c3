import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Error and crash windows log and record instead of waiting for a click, so no test can hang.
os.environ["LIAISON_NO_DIALOGS"] = "1"

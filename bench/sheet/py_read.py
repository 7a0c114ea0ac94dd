#!/usr/bin/env python3
"""Reads a workbook with pandas+openpyxl or python-calamine and prints rows and time.
    py_read.py pandas|calamine FILE"""
import sys
import time

how, path = sys.argv[1], sys.argv[2]
t = time.perf_counter()
if how == "pandas":
    import pandas as pd
    df = pd.read_excel(path, engine="openpyxl", header=None)
    rows = len(df)
else:
    from python_calamine import CalamineWorkbook
    data = CalamineWorkbook.from_path(path).get_sheet_by_index(0).to_python()
    rows = len(data)
secs = time.perf_counter() - t
print(f"rows={rows} seconds={secs:.3f} rows_per_s={rows / secs:.0f}")

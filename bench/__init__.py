"""Speed and memory benchmarks: `make bench` (python -m bench).

Each name in ``BENCHES`` is a module ``bench/<name>.py`` with ``run(quick: bool = False) ->
dict`` that prints its figures (and returns them). Add yours by appending its name here.
``python -m bench [NAME ...] [--quick] [--json FILE]`` runs them in this order.
"""

BENCHES: list[str] = ["pipeline", "actors", "places", "clustering", "web", "timexes", "scaling"]
BENCHES.append("brief")  # time to brief 10,000 reports (bench/brief.py)

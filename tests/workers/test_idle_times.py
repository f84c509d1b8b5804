"""Each worker's idle time in a run and its wait at the end, from its tasks' times (no cluster)."""

from __future__ import annotations

from newsgraph.distributed import engine
from newsgraph.distributed.tasks import Usage
from newsgraph.pipeline import IngestReport


def test_idle_time_is_the_run_less_the_tasks_and_the_tail_what_follows_the_last() -> None:
    began = 1000.0
    before = {"a": Usage(600.0, 5.0, 0.0, 0.0), "b": Usage(600.0, 5.0, 0.0, 0.0)}
    after = {
        # a: busy 9 s of the 10-s run, its last task ended with the run
        "a": Usage(600.0, 14.0, 9.0, 9.0, began + 0.5, began + 10.0),
        # b: busy 7 s, done 2 s before the end
        "b": Usage(600.0, 12.0, 7.0, 7.0, began + 0.2, began + 8.0),
        # c: joined mid-run (not in ``before``), ran nothing
        "c": Usage(600.0, 1.0, 0.0),
    }
    report = IngestReport()
    engine._idle_times(report, before, after, began)
    assert report.worker_idle_s == {"a": 1.0, "b": 3.0, "c": 10.0}
    assert report.worker_tail_s == {"a": 0.0, "b": 2.0, "c": 10.0}


def test_no_task_ran_no_idle_times() -> None:
    report = IngestReport()
    engine._idle_times(report, {}, {"a": Usage(600.0, 1.0, 0.0)}, 1000.0)
    assert report.worker_idle_s == {} and report.worker_tail_s == {}

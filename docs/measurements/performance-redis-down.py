# Checks PERF-12's Python tab with Redis unreachable (nothing listening on localhost:6379):
# cached() must return the loaded value, and a caller cancelled by its own timeout must not
# cancel the load another caller awaits (asyncio.shield).
# Rerun: python3 -m venv .venv && .venv/bin/pip install redis && .venv/bin/python docs/measurements/performance-redis-down.py
import asyncio
import pathlib
import re
import sys
import tempfile
import time

page = pathlib.Path(__file__).resolve().parents[2] / "content" / "performance.mdx"
match = re.search(r"```python\n(import asyncio\nimport json\n.*?)```", page.read_text(), re.S)
if match is None:
    sys.exit("PERF-12 Python block not found")
module_dir = tempfile.mkdtemp()
pathlib.Path(module_dir, "perf12_cache.py").write_text(match.group(1))
sys.path.insert(0, module_dir)
import perf12_cache  # noqa: E402


async def main() -> None:
    loads = 0

    async def load() -> dict[str, int]:
        nonlocal loads
        loads += 1
        await asyncio.sleep(0.2)
        return {"id": 1}

    started = time.monotonic()
    value = await perf12_cache.cached("k1", 60, load)
    print(f"Redis unreachable: got {value} in {(time.monotonic() - started) * 1000:.0f} ms (the load sleeps 200 ms)")

    async def impatient() -> object:
        try:
            async with asyncio.timeout(0.05):
                return await perf12_cache.cached("k2", 60, load)
        except TimeoutError:
            return "timed out"

    first, second = await asyncio.gather(impatient(), perf12_cache.cached("k2", 60, load))
    print(f"cancelled caller: {first}; other caller: {second}; loads in total: {loads}")


asyncio.run(main())

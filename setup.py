"""Build hook: ship the top-level ``voices/`` profiles inside the package as ``accessible/voices``.

Everything else is declared in pyproject.toml.
"""

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithVoices(build_py):
    def run(self) -> None:
        super().run()
        import shutil
        from pathlib import Path

        target = Path(self.build_lib) / "accessible" / "voices"
        target.mkdir(parents=True, exist_ok=True)
        for profile in Path("voices").glob("*.toml"):
            shutil.copy2(profile, target / profile.name)


setup(cmdclass={"build_py": BuildWithVoices})

# Build the Windows installer (run in PowerShell from the repository, with the venv made
# as in the README and Inno Setup 6 installed):
#   installer\build-windows.ps1
# Makes dist\avrop\ (PyInstaller), checks it with --self-test, then
# dist\avrop-setup-<version>.exe (Inno Setup, per-user, silent-install capable).
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
$py = if ($env:PYTHON) { $env:PYTHON } else { ".venv\Scripts\python.exe" }
$version = & $py -c "import desktop; print(desktop.__version__)"
& $py -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller installer\avrop.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
$test = Start-Process -FilePath "dist\avrop\avrop.exe" -ArgumentList "--self-test" -Wait -PassThru -NoNewWindow
if ($test.ExitCode -ne 0) { throw "the bundle's self-test failed (exit $($test.ExitCode))" }
$iscc = if ($env:ISCC) { $env:ISCC } else { "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" installer\avrop.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "built dist\avrop-setup-$version.exe"

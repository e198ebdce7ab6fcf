; Inno Setup script: a per-user Windows installer around the PyInstaller folder.
; Build with installer\build-windows.ps1 (pyinstaller, then
;   iscc /DAppVersion=<desktop.__version__> installer\avrop.iss).
; Installs for the current user only: no administrator rights, no UAC prompt.
; Silent install for IT departments (Inno Setup's standard switches):
;   avrop-setup-<version>.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART [/LANG=sv]
; Silent uninstall: "%LOCALAPPDATA%\Programs\Avrop\uninstall\unins000.exe" /VERYSILENT
#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z (build-windows.ps1 reads desktop.__version__)
#endif

[Setup]
AppId={{6F1C1B0E-4B7E-4C5B-9E57-A0B000000001}
AppName=Avrop
AppVersion={#AppVersion}
AppVerName=Avrop {#AppVersion}
AppPublisher=Avrop
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\Avrop
DefaultGroupName=Avrop
DisableProgramGroupPage=yes
OutputDir=..\dist
OutputBaseFilename=avrop-setup-{#AppVersion}
SetupIconFile=icons\avrop.ico
UninstallDisplayIcon={app}\avrop.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible
; The user's data folder (%LOCALAPPDATA%\Avrop) is never removed by an upgrade or
; uninstall: queued orders and carts live there.
UninstallFilesDir={app}\uninstall

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "da"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"

[Files]
Source: "..\dist\avrop\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
; {group} is the user's own Start menu (PrivilegesRequired=lowest)
Name: "{group}\Avrop"; Filename: "{app}\avrop.exe"
Name: "{group}\Avrop demo"; Filename: "{app}\avrop.exe"; Parameters: "--demo"
Name: "{userdesktop}\Avrop"; Filename: "{app}\avrop.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Run]
Filename: "{app}\avrop.exe"; Flags: nowait postinstall skipifsilent

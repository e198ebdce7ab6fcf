; Inno Setup script for Windows: build the PyInstaller folder first
; (pyinstaller installer/avrop.spec), then compile this with iscc.
#define AppVersion "0.1.0"

[Setup]
AppId={{6F1C1B0E-4B7E-4C5B-9E57-A0B000000001}
AppName=Avrop
AppVersion={#AppVersion}
AppPublisher=Avrop
DefaultDirName={autopf}\Avrop
DefaultGroupName=Avrop
PrivilegesRequired=lowest
OutputBaseFilename=avrop-setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
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
Name: "{group}\Avrop"; Filename: "{app}\avrop.exe"
Name: "{userdesktop}\Avrop"; Filename: "{app}\avrop.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Run]
Filename: "{app}\avrop.exe"; Flags: nowait postinstall skipifsilent

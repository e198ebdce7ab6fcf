<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb" sourcelanguage="en">
<context>
    <name>AgreementsModel</name>
    <message>
        <source>Order directly</source>
        <translation type="vanished">Bestill direkte</translation>
    </message>
    <message>
        <source>Ranked suppliers, in order</source>
        <translation type="vanished">Rangerte leverandører, i rekkefølge</translation>
    </message>
    <message>
        <source>Mini-competition: ask the procurement office</source>
        <translation type="vanished">Minikonkurranse: spør innkjøpsavdelingen</translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="vanished">Nummer</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="vanished">Rammeavtale</translation>
    </message>
    <message>
        <source>How to order</source>
        <translation type="vanished">Slik bestiller du</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation type="vanished">Gyldig til</translation>
    </message>
    <message>
        <source>In Avrop</source>
        <translation type="vanished">I Avrop</translation>
    </message>
    <message>
        <source>Starts %1</source>
        <translation type="vanished">Starter %1</translation>
    </message>
    <message>
        <source>Until further notice</source>
        <translation type="vanished">Inntil videre</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation type="vanished">%1 (utløpt)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="vanished">Ja</translation>
    </message>
    <message>
        <source>No, call or e-mail</source>
        <translation type="vanished">Nei, ring eller send e-post</translation>
    </message>
    <message>
        <source>This agreement is not valid yet.</source>
        <translation type="vanished">Denne avtalen gjelder ikke ennå.</translation>
    </message>
    <message>
        <source>This agreement has expired. Do not order under it.</source>
        <translation type="vanished">Denne avtalen er utløpt. Ikke bestill på den.</translation>
    </message>
</context>
<context>
    <name>AnnouncementBanner</name>
    <message>
        <location filename="../desktop/ui/find/announcements.py" line="+107"/>
        <source>News from the procurement office</source>
        <translation>Nytt fra innkjøpsavdelingen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ne&amp;xt (%1 of %2)</source>
        <translation>Ne&amp;ste (%1 av %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ne&amp;xt</source>
        <translation>Ne&amp;ste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ll news</source>
        <translation>Alle nyh&amp;eter</translation>
    </message>
    <message>
        <source>&amp;Next (%1 of %2)</source>
        <translation type="vanished">&amp;Neste (%1 av %2)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="vanished">&amp;Neste</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Show the &amp;items</source>
        <translation>Vis va&amp;rene</translation>
    </message>
    <message>
        <source>All &amp;news</source>
        <translation type="vanished">Alle n&amp;yheter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>AnnouncementsDialog</name>
    <message>
        <location line="+69"/>
        <source>News from the procurement office</source>
        <translation>Nytt fra innkjøpsavdelingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announcements</source>
        <translation>Meldinger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No news from the procurement office yet.</source>
        <translation>Ingen nyheter fra innkjøpsavdelingen ennå.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../desktop/ui/shell/app_controller.py" line="+177"/>
        <source>Signing out…</source>
        <translation>Logger ut…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Starting Avrop…</source>
        <translation>Starter Avrop…</translation>
    </message>
</context>
<context>
    <name>AppStatusBar</name>
    <message>
        <location filename="../desktop/ui/shell/status_bar.py" line="+135"/>
        <source>Connecting…</source>
        <translation>Kobler til…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checking the connection to the server.</source>
        <translation>Sjekker tilkoblingen til serveren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Online</source>
        <translation>Tilkoblet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connected to the server.</source>
        <translation>Koblet til serveren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline</source>
        <translation>Frakoblet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server cannot be reached. You can keep working with the data on this computer; Avrop reconnects by itself.</source>
        <translation>Serveren kan ikke nås. Du kan fortsette å arbeide med dataene på denne datamaskinen; Avrop kobler til igjen av seg selv.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not synced yet</source>
        <translation>Ikke synkronisert ennå</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last synced %1</source>
        <translation>Sist synkronisert %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in as %1</source>
        <translation>Logget inn som %1</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../desktop/ui/orders/approval_dialog.py" line="+38"/>
        <source>Approve order %1</source>
        <translation>Godkjenn bestilling %1</translation>
    </message>
    <message>
        <source>%1 ordered from %2 for %3 %4.</source>
        <translation type="vanished">%1 bestilte fra %2 for %3 %4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ordered from %2 for %3.</source>
        <translation>%1 bestilte fra %2 for %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Message from the orderer: %1</source>
        <translation>Melding fra bestilleren: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No message.</source>
        <translation>Ingen melding.</translation>
    </message>
    <message>
        <source>… and %1 more lines</source>
        <translation type="vanished">… og %1 linjer til</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Reason (required to decline):</source>
        <translation>&amp;Begrunnelse (kreves for å avslå):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason for the decision</source>
        <translation>Begrunnelse for beslutningen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Approve</source>
        <translation>&amp;Godkjenn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve the order</source>
        <translation>Godkjenn bestillingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decline</source>
        <translation>&amp;Avslå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline the order</source>
        <translation>Avslå bestillingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without deciding</source>
        <translation>Lukk uten å bestemme</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The unit&apos;s approval limit is %1.</source>
        <translation>Enhetens godkjenningsgrense er %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The budget of account %1 is not known on this computer.</source>
        <translation>Budsjettet for konto %1 er ikke kjent på denne datamaskinen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left on account %1 this year: %2 of %3.</source>
        <translation>Igjen på konto %1 i år: %2 av %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write why you decline, so the orderer knows what to do.</source>
        <translation>Skriv hvorfor du avslår, så bestilleren vet hva som må gjøres.</translation>
    </message>
    <message numerus="yes">
        <location line="-63"/>
        <source>… and %n more line(s)</source>
        <translation>
            <numerusform>… og %n linje til</numerusform>
            <numerusform>… og %n linjer til</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleDialog</name>
    <message>
        <location filename="../desktop/ui/support/bundles_tab.py" line="+32"/>
        <source>Support bundle from %1</source>
        <translation>Supportpakke fra %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the bundle holds</source>
        <translation>Hva pakken inneholder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the support bundle</source>
        <translation>Lukk supportpakken</translation>
    </message>
</context>
<context>
    <name>BundlesTab</name>
    <message>
        <location line="+37"/>
        <source>Something not working? Send your superuser a support bundle: the app&apos;s version, when it last synced, what waits to be sent and recent messages. No passwords, no sign-in tokens.</source>
        <translation>Fungerer noe ikke? Send superbrukeren din en supportpakke: appens versjon, når den sist synkroniserte, hva som venter på å bli sendt og de siste meldingene. Ingen passord, ingen påloggingsnøkler.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send a support bundle…</source>
        <translation>Send en supportpakke…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Support bundles</source>
        <translation>Supportpakker</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Send a support bundle</source>
        <translation>Send en supportpakke</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What went wrong? (optional)</source>
        <translation>Hva gikk galt? (valgfritt)</translation>
    </message>
</context>
<context>
    <name>CallOffDialog</name>
    <message>
        <location filename="../desktop/ui/find/calloff_dialog.py" line="+165"/>
        <source>Record a call-off</source>
        <translation>Registrer et avrop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You ordered under %1 (%2) by phone, e-mail or the supplier&apos;s web shop. Record it here so it counts as bought under the agreement.</source>
        <translation>Du bestilte under %1 (%2) på telefon, e-post eller i leverandørens nettbutikk. Registrer det her, så teller kjøpet som gjort under avtalen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Supplier:</source>
        <translation>&amp;Leverandør:</translation>
    </message>
    <message>
        <source>&amp;Amount excl. VAT (SEK):</source>
        <translation type="vanished">&amp;Beløp ekskl. mva. (SEK):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What did you order?</source>
        <translation>&amp;Hva bestilte du?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ordered on:</source>
        <translation>Bestilt &amp;dato:</translation>
    </message>
    <message>
        <source>&amp;Why not a supplier ranked higher?</source>
        <translation type="vanished">H&amp;vorfor ikke en leverandør som er rangert høyere?</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Amount excl. VAT:</source>
        <translation>&amp;Beløp ekskl. mva.:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W&amp;hy not a supplier ranked higher?</source>
        <translation>H&amp;vorfor ikke en leverandør høyere i rangeringen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For &amp;unit:</source>
        <translation>For &amp;enhet:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Supplier</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount excluding VAT</source>
        <translation>Beløp ekskl. merverdiavgift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 4500</source>
        <translation>f.eks. 4500</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you ordered</source>
        <translation>Hva du bestilte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Ordered on</source>
        <translation>Bestilt dato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why not a supplier ranked higher</source>
        <translation>Hvorfor ikke en leverandør høyere i rangeringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. supplier 1 could not come this week</source>
        <translation>f.eks. leverandør 1 kunne ikke komme denne uken</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>For unit</source>
        <translation>For enhet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record</source>
        <translation>&amp;Registrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Registrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <location filename="../desktop/ui/cart/model.py" line="+28"/>
        <source>Item</source>
        <translation>Vare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Antall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
</context>
<context>
    <name>CartPage</name>
    <message>
        <location filename="../desktop/ui/cart/page.py" line="+218"/>
        <source>Cart for %1</source>
        <translation>Handlekurv for %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cart</source>
        <translation>Handlekurv</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&amp;Place %n order(s)</source>
        <translation>
            <numerusform>&amp;Legg inn bestillingen</numerusform>
            <numerusform>&amp;Legg inn %n bestillinger</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cart is empty. Find items and add them here.</source>
        <translation>Handlekurven er tom. Finn varer og legg dem her.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n order(s), one per supplier. Total %1.</source>
        <translation>
            <numerusform>Én bestilling. Totalt %1.</numerusform>
            <numerusform>%n bestillinger, én per leverandør. Totalt %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delivered to %1 (transshipment hub), for %2.</source>
        <translation>Leveres til %1 (omlastingssentral), for %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivered to %1, %2.</source>
        <translation>Leveres til %1, %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Next delivery day</source>
        <translation>Neste leveringsdag</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s), one per supplier. Total %1 SEK.</source>
        <translation type="vanished">
            <numerusform>Én bestilling. Totalt %1 SEK.</numerusform>
            <numerusform>%n bestillinger, én per leverandør. Totalt %1 SEK.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/cart/review_html.py" line="+31"/>
        <source>beside the agreements</source>
        <translation>utenfor avtalene</translation>
    </message>
    <message>
        <source>%1 — %2 — %3 %4</source>
        <translation type="vanished">%1 — %2 — %3 %4</translation>
    </message>
    <message>
        <source>Account %1: %2 %3 left of the budget before this order.</source>
        <translation type="vanished">Konto %1: %2 %3 igjen av budsjettet før denne bestillingen.</translation>
    </message>
    <message>
        <source>“%1” is not a quantity. Type a number.</source>
        <translation type="vanished">«%1» er ikke et antall. Skriv et tall.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) placed. They are saved on this computer and sent as soon as the server can be reached; follow them under Orders.</source>
        <translation type="vanished">
            <numerusform>%n bestilling lagt inn. Den er lagret på denne datamaskinen og sendes så snart serveren kan nås; følg den under Bestillinger.</numerusform>
            <numerusform>%n bestillinger lagt inn. De er lagret på denne datamaskinen og sendes så snart serveren kan nås; følg dem under Bestillinger.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Place the order</source>
        <translation type="vanished">&amp;Legg inn bestillingen</translation>
    </message>
    <message>
        <source>&amp;Place %1 orders</source>
        <translation type="vanished">&amp;Legg inn %1 bestillinger</translation>
    </message>
    <message>
        <source>One order. Total %1 SEK.</source>
        <translation type="vanished">Én bestilling. Totalt %1 SEK.</translation>
    </message>
    <message>
        <source>%2 orders, one per supplier. Total %1 SEK.</source>
        <translation type="vanished">%2 bestillinger, én per leverandør. Totalt %1 SEK.</translation>
    </message>
    <message>
        <source>One order. Total %1.</source>
        <translation type="vanished">Én bestilling. Totalt %1.</translation>
    </message>
    <message>
        <source>%2 orders, one per supplier. Total %1.</source>
        <translation type="vanished">%2 bestillinger, én per leverandør. Totalt %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account %1: %2 left of the budget before this order.</source>
        <translation>Konto %1: %2 igjen av budsjettet før denne bestillingen.</translation>
    </message>
    <message>
        <source>The order is placed.</source>
        <translation type="vanished">Bestillingen er lagt inn.</translation>
    </message>
    <message>
        <source>%1 orders are placed.</source>
        <translation type="vanished">%1 bestillinger er lagt inn.</translation>
    </message>
    <message>
        <source>It is saved on this computer and sent as soon as the server can be reached; follow it under Orders.</source>
        <translation type="vanished">Den er lagret på denne datamaskinen og sendes så snart serveren kan nås; følg den under Bestillinger.</translation>
    </message>
    <message>
        <source>They are saved on this computer and sent as soon as the server can be reached; follow them under Orders.</source>
        <translation type="vanished">De er lagret på denne datamaskinen og sendes så snart serveren kan nås; følg dem under Bestillinger.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cart/page.py" line="+91"/>
        <source>Nothing was placed: fix what the list above says.</source>
        <translation>Ingenting ble lagt inn: rett det listen over sier.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Items in the cart</source>
        <translation>Varer i handlekurven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a new quantity to change it; Delete removes the item.</source>
        <translation>Skriv et nytt antall for å endre det; Delete fjerner varen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove item</source>
        <translation>Fjern va&amp;re</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected item from the cart</source>
        <translation>Fjern den valgte varen fra handlekurven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders to be placed and what to check</source>
        <translation>Bestillinger som skal legges inn, og hva du må sjekke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delivery date:</source>
        <translation>Leveringsdat&amp;o:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Requested delivery date</source>
        <translation>Ønsket leveringsdato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;te to the supplier:</source>
        <translation>Be&amp;skjed til leverandøren:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note to the supplier</source>
        <translation>Beskjed til leverandøren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why beside the agreements:</source>
        <translation>&amp;Hvorfor utenfor avtalene:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for buying beside the agreements</source>
        <translation>Grunn til å kjøpe utenfor avtalene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place the orders</source>
        <translation>Legg inn bestillingene</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cart/review_html.py" line="+15"/>
        <source>Ready to place.</source>
        <translation>Klar til å legges inn.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) are placed.</source>
        <translation type="vanished">
            <numerusform>Bestillingen er lagt inn.</numerusform>
            <numerusform>%n bestillinger er lagt inn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <source>Coming soon</source>
        <translation type="vanished">Kommer snart</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../desktop/ui/shell/crash.py" line="+82"/>
        <source>Avrop must close</source>
        <translation>Avrop må lukkes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avrop ran into a problem it did not expect and must close. What was saved on this computer is kept; queued orders are sent after the next start.</source>
        <translation>Avrop møtte et uventet problem og må lukkes. Det som er lagret på denne datamaskinen, beholdes; bestillinger i kø sendes etter neste oppstart.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>If it happens again, send the details to your IT support. They are saved in %1.</source>
        <translation>Hvis det skjer igjen, send detaljene til IT-støtten din. De er lagret i %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details of the problem</source>
        <translation>Detaljer om problemet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Kopier detaljer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy details</source>
        <translation>Kopier detaljer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lose Avrop</source>
        <translation>&amp;Lukk Avrop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close Avrop</source>
        <translation>Lukk Avrop</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../desktop/ui/orders/document_view.py" line="+131"/>
        <source>PEPPOL order document</source>
        <translation>PEPPOL-ordredokument</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The order as the supplier receives it</source>
        <translation>Bestillingen slik leverandøren mottar den</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Avrop cannot read this document as an order; its text is below.</source>
        <translation>Avrop kan ikke lese dokumentet som en bestilling; teksten står nedenfor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Technical details</source>
        <translation>&amp;Tekniske detaljer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the document&apos;s XML</source>
        <translation>Vis dokumentets XML</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order document as the server received it</source>
        <translation>Ordredokumentet slik serveren mottok det</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close the document</source>
        <translation>Lukk dokumentet</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../desktop/ui/shell/error_table.py" line="+15"/>
        <source>Too many failed sign-ins. Wait a quarter of an hour, then try again; if you have forgotten your password, ask the procurement office.</source>
        <translation>For mange mislykkede innlogginger. Vent et kvarter og prøv igjen; har du glemt passordet ditt, spør innkjøpsavdelingen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The user name or password is wrong. Check them and try again.</source>
        <translation>Brukernavnet eller passordet er feil. Kontroller dem og prøv igjen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Avrop cannot reach the server. Check your network connection and try again. You can keep working with the data on this computer meanwhile.</source>
        <translation>Avrop når ikke serveren. Kontroller nettverkstilkoblingen og prøv igjen. I mellomtiden kan du fortsette å arbeide med dataene på denne datamaskinen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server had a problem and could not answer. Try again in a few minutes; if it keeps happening, contact the procurement office.</source>
        <translation>Serveren fikk et problem og kunne ikke svare. Prøv igjen om noen minutter; hvis det fortsetter, kontakt innkjøpsavdelingen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Avrop cannot use this computer&apos;s password store (keyring), so it cannot remember your sign-in. You can sign in for this session only.</source>
        <translation>Avrop kan ikke bruke datamaskinens passordlager (nøkkelring) og kan derfor ikke huske innloggingen din. Du kan logge inn bare denne gangen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server address must start with https://. Plain http:// is only allowed for this computer. Check the address with the procurement office.</source>
        <translation>Serveradressen må begynne med https://. Vanlig http:// er bare tillatt for denne datamaskinen. Sjekk adressen med innkjøpsavdelingen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server address is not valid. Enter it as https://server.example.com.</source>
        <translation>Serveradressen er ikke gyldig. Skriv den som https://server.eksempel.no.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s security certificate could not be verified. Do not continue; contact your IT support.</source>
        <translation>Serverens sikkerhetssertifikat kunne ikke bekreftes. Ikke fortsett; kontakt IT-støtten din.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data on this computer was saved by a newer version of Avrop. Install the newest version of Avrop to open it.</source>
        <translation>Dataene på denne datamaskinen ble lagret av en nyere versjon av Avrop. Installer den nyeste versjonen av Avrop for å åpne dem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your sign-in has expired. Sign in again to continue.</source>
        <translation>Innloggingen din er utløpt. Logg inn igjen for å fortsette.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your sign-in is no longer valid. Sign in again to continue.</source>
        <translation>Innloggingen din er ikke lenger gyldig. Logg inn igjen for å fortsette.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are not signed in. Sign in to continue.</source>
        <translation>Du er ikke logget inn. Logg inn for å fortsette.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are not allowed to do this. Ask your manager or the procurement office if you need access.</source>
        <translation>Du har ikke tilgang til å gjøre dette. Spør lederen din eller innkjøpsavdelingen hvis du trenger tilgang.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server no longer has this item. Sync and try again.</source>
        <translation>Serveren har ikke dette lenger. Synkroniser og prøv igjen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some of the information is not valid. Check the highlighted field and try again.</source>
        <translation>Noe av informasjonen er ikke gyldig. Kontroller det markerte feltet og prøv igjen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>The server sent an answer Avrop does not understand. Contact the procurement office.</source>
        <translation>Serveren sendte et svar som Avrop ikke forstår. Kontakt innkjøpsavdelingen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is too large to send. Make it smaller and try again.</source>
        <translation>Dette er for stort til å sendes. Gjør det mindre og prøv igjen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a catalogue snapshot Avrop can use. Build it again with “avrop catalogue snapshot”.</source>
        <translation>Dette er ikke et katalogøyeblikksbilde som Avrop kan bruke. Bygg det på nytt med «avrop catalogue snapshot».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another catalogue snapshot is being published just now. Try again in a minute.</source>
        <translation>Et annet katalogøyeblikksbilde blir publisert akkurat nå. Prøv igjen om et minutt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please fill in all fields.</source>
        <translation>Fyll ut alle feltene.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Avrop cannot read its data on this computer. Contact your IT support; do not delete any files.</source>
        <translation>Avrop kan ikke lese dataene sine på denne datamaskinen. Kontakt IT-støtten din; ikke slett noen filer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Avrop could not update its data on this computer. Nothing was lost: a backup was made. Contact your IT support.</source>
        <translation>Avrop kunne ikke oppdatere dataene sine på denne datamaskinen. Ingenting gikk tapt: det ble tatt en sikkerhetskopi. Kontakt IT-støtten din.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The demo could not start. Close Avrop and try again.</source>
        <translation>Demoen kunne ikke starte. Lukk Avrop og prøv igjen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Syncing did not finish. The data you had before is kept. Try again with File → Sync now.</source>
        <translation>Synkroniseringen ble ikke ferdig. Dataene du hadde fra før, er beholdt. Prøv igjen med Fil → Synkroniser nå.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server could not understand the request. Try again; if it keeps happening, contact the procurement office.</source>
        <translation>Serveren kunne ikke forstå forespørselen. Prøv igjen; hvis det fortsetter, kontakt innkjøpsavdelingen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server had an unexpected problem. Try again in a few minutes; if it keeps happening, contact the procurement office.</source>
        <translation>Serveren fikk et uventet problem. Prøv igjen om noen minutter; hvis det fortsetter, kontakt innkjøpsavdelingen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server does not offer this. Install the newest version of Avrop.</source>
        <translation>Serveren tilbyr ikke dette. Installer den nyeste versjonen av Avrop.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server cannot answer in a form Avrop reads. Install the newest version of Avrop.</source>
        <translation>Serveren kan ikke svare i en form Avrop kan lese. Installer den nyeste versjonen av Avrop.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server does not accept what Avrop sent. Install the newest version of Avrop.</source>
        <translation>Serveren tar ikke imot det Avrop sendte. Installer den nyeste versjonen av Avrop.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused a request without its safety key. Install the newest version of Avrop; if it keeps happening, contact your IT support.</source>
        <translation>Serveren avviste en forespørsel uten sikkerhetsnøkkelen. Installer den nyeste versjonen av Avrop; hvis det fortsetter, kontakt IT-støtten din.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server already received something different under the same safety key, so it refused this. Nothing was sent twice. Contact the procurement office.</source>
        <translation>Serveren har allerede mottatt noe annet med den samme sikkerhetsnøkkelen, så den avviste dette. Ingenting ble sendt to ganger. Kontakt innkjøpsavdelingen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server is still handling this. Avrop tries again by itself in a moment.</source>
        <translation>Serveren jobber fortsatt med dette. Avrop prøver igjen av seg selv om et øyeblikk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server already has this order, so it was not sent twice. Follow it under Orders.</source>
        <translation>Serveren har allerede denne bestillingen, så den ble ikke sendt to ganger. Følg den under Bestillinger.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This item is no longer in the cart. Look at the cart again.</source>
        <translation>Varen er ikke lenger i handlekurven. Se på handlekurven igjen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The delivery names an item that is not in the order. Check the delivery against the order.</source>
        <translation>Leveransen nevner en vare som ikke er i bestillingen. Sammenlign leveransen med bestillingen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This order cannot be marked as received now. Sync (F5) and look at its state under Orders.</source>
        <translation>Bestillingen kan ikke merkes som mottatt nå. Synkroniser (F5) og se statusen under Bestillinger.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A received quantity cannot be below zero. Correct the number.</source>
        <translation>En mottatt mengde kan ikke være under null. Rett tallet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The supplier&apos;s answer names an item that is not in the order. Contact the supplier.</source>
        <translation>Leverandørens svar nevner en vare som ikke er i bestillingen. Kontakt leverandøren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The supplier&apos;s answer leaves out items of the order. Contact the supplier.</source>
        <translation>Leverandørens svar utelater varer i bestillingen. Kontakt leverandøren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The supplier&apos;s answer lists items it should not. Contact the supplier.</source>
        <translation>Leverandørens svar lister opp varer det ikke burde. Kontakt leverandøren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order does not wait for an answer from the supplier now. Sync (F5) and look at its state under Orders.</source>
        <translation>Bestillingen venter ikke på svar fra leverandøren nå. Synkroniser (F5) og se statusen under Bestillinger.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The supplier&apos;s answer has a quantity below zero. Contact the supplier.</source>
        <translation>Leverandørens svar har en mengde under null. Kontakt leverandøren.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Something went wrong. Try again; if it keeps happening, contact the procurement office.</source>
        <translation>Noe gikk galt. Prøv igjen; hvis det fortsetter, kontakt innkjøpsavdelingen.</translation>
    </message>
</context>
<context>
    <name>FatalError</name>
    <message>
        <location filename="../desktop/ui/shell/fatal_error.py" line="+41"/>
        <source>Avrop cannot start</source>
        <translation>Avrop kan ikke starte</translation>
    </message>
</context>
<context>
    <name>FindActions</name>
    <message>
        <location filename="../desktop/ui/find/actions.py" line="+62"/>
        <location line="+147"/>
        <source>This item is no longer in the catalogue.</source>
        <translation>Varen finnes ikke lenger i katalogen.</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Choose the unit you order for first.</source>
        <translation>Velg først hvilken enhet du bestiller for.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added to the cart: %1</source>
        <translation>Lagt i handlekurven: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Call-off under %1 (%2): </source>
        <translation>Avrop under %1 (%2): </translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Downloading the catalogue…</source>
        <translation>Laster ned katalogen…</translation>
    </message>
    <message>
        <source>Your question is saved and goes to the procurement office as soon as Avrop is online. You find the answer under Help.</source>
        <translation type="vanished">Spørsmålet ditt er lagret og sendes til innkjøpsavdelingen så snart Avrop er tilkoblet. Svaret finner du under Hjelp.</translation>
    </message>
    <message>
        <source>The call-off is recorded; it counts as bought under the agreement.</source>
        <translation type="vanished">Avropet er registrert og teller som kjøpt under avtalen.</translation>
    </message>
    <message>
        <source>Your question is saved; it goes to the office when you are online.</source>
        <translation type="vanished">Spørsmålet er lagret og sendes når du er tilkoblet.</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Your question is saved and goes to the procurement office as soon as Avrop is online. Their answer comes under Help (Ctrl+5).</source>
        <translation>Spørsmålet er lagret og går til innkjøpsavdelingen så snart Avrop er tilkoblet. Svaret kommer under Hjelp (Ctrl+5).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The call-off is recorded under the agreement.</source>
        <translation>Avropet er registrert under avtalen.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Updating guidance and catalogues…</source>
        <translation>Oppdaterer veiledning og kataloger…</translation>
    </message>
    <message>
        <source>Updating catalogues: supplier %1 of %2 (%3), %4 lines</source>
        <translation type="vanished">Oppdaterer kataloger: leverandør %1 av %2 (%3), %4 linjer</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> at line %1</source>
        <translation> på linje %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The catalogue of %1 could not be updated (an error%2). Avrop uses the one from the last good sync: %3.</source>
        <translation>Katalogen fra %1 kunne ikke oppdateres (en feil%2). Avrop bruker den fra siste vellykkede synkronisering: %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Offline: showing the catalogues from the last sync.</source>
        <translation>Frakoblet: viser katalogene fra siste synkronisering.</translation>
    </message>
    <message numerus="yes">
        <location line="-40"/>
        <source>Updating catalogues: supplier %1 of %2 (%3), %Ln line(s)</source>
        <translation>
            <numerusform>Oppdaterer kataloger: leverandør %1 av %2 (%3), %Ln linje</numerusform>
            <numerusform>Oppdaterer kataloger: leverandør %1 av %2 (%3), %Ln linjer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindFavourites</name>
    <message>
        <location filename="../desktop/ui/find/favourites.py" line="+89"/>
        <source>Added to your favourites.</source>
        <translation>Lagt til i favorittene dine.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed from your favourites.</source>
        <translation>Fjernet fra favorittene dine.</translation>
    </message>
    <message>
        <source>%1 favourites.</source>
        <translation type="vanished">%1 favoritter.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No favourites yet: choose an item and star it (%1).</source>
        <translation>Ingen favoritter ennå: velg en vare og merk den med stjerne (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No longer in the catalogue: %1</source>
        <translation>Finnes ikke lenger i katalogen: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Favourites</source>
        <translation>Favoritter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show my favourites</source>
        <translation>Vis favorittene mine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your starred items; star the chosen item with Ctrl+D</source>
        <translation>Dine stjernemerkede varer; merk den valgte varen med Ctrl+D</translation>
    </message>
    <message numerus="yes">
        <location line="-21"/>
        <source>%n favourite(s).</source>
        <translation>
            <numerusform>%n favoritt.</numerusform>
            <numerusform>%n favoritter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindPage</name>
    <message>
        <source>No agreements on this computer yet. Sync with File → Sync now (F5).</source>
        <translation type="vanished">Ingen avtaler på denne datamaskinen ennå. Synkroniser med Fil → Synkroniser nå (F5).</translation>
    </message>
    <message>
        <source>No agreement matches. Try another word, or ask the procurement office.</source>
        <translation type="vanished">Ingen avtale passer. Prøv et annet ord, eller spør innkjøpsavdelingen.</translation>
    </message>
    <message>
        <source>Agreements shown: %1</source>
        <translation type="vanished">Viste avtaler: %1</translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="vanished">Søk</translation>
    </message>
    <message>
        <source>These are your municipality&apos;s framework agreements. Buy under them: the prices are agreed and the purchase follows the rules. Product search is coming soon.</source>
        <translation type="vanished">Dette er kommunens rammeavtaler. Kjøp gjennom dem: prisene er avtalt, og kjøpet følger reglene. Søk etter varer kommer snart.</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation type="vanished">Fi&amp;ltrer:</translation>
    </message>
    <message>
        <source>Type a word, e.g. coffee or paper</source>
        <translation type="vanished">Skriv et ord, f.eks. kaffe eller papir</translation>
    </message>
    <message>
        <source>Filter agreements</source>
        <translation type="vanished">Filtrer avtaler</translation>
    </message>
    <message>
        <source>Framework agreements</source>
        <translation type="vanished">Rammeavtaler</translation>
    </message>
</context>
<context>
    <name>FindResultsModel</name>
    <message>
        <location filename="../desktop/ui/find/results_model.py" line="+84"/>
        <source>Item</source>
        <translation>Vare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare price</source>
        <translation>Sammenligningspris</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Supplier</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <location filename="../desktop/ui/find/result_texts.py" line="+20"/>
        <location filename="../desktop/ui/find/results_model.py" line="-3"/>
        <source>Agreement</source>
        <translation>Avtale</translation>
    </message>
    <message>
        <location filename="../desktop/ui/find/results_model.py" line="+2"/>
        <source>Labels</source>
        <translation>Merking</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>You save</source>
        <translation>Du sparer</translation>
    </message>
    <message>
        <source>Price, SEK</source>
        <translation type="vanished">Pris, SEK</translation>
    </message>
    <message>
        <source>Compare, SEK</source>
        <translation type="vanished">Sammenlign, SEK</translation>
    </message>
    <message>
        <location filename="../desktop/ui/find/result_texts.py" line="-2"/>
        <source>Not on agreement</source>
        <translation>Ikke avtale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement not valid</source>
        <translation>Avtalen gjelder ikke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saves %1</source>
        <translation>Sparer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis stock</source>
        <translation>Kriselager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eco</source>
        <translation>Miljø</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Price, %1</source>
        <translation type="vanished">Pris, %1</translation>
    </message>
    <message>
        <source>Compare, %1</source>
        <translation type="vanished">Sammenlign, %1</translation>
    </message>
</context>
<context>
    <name>FindSorting</name>
    <message>
        <source>S&amp;ort by:</source>
        <translation type="vanished">S&amp;orter etter:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/find/sorting.py" line="+89"/>
        <source>Best match, best offer first</source>
        <translation>Beste treff, beste tilbud først</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price, lowest first</source>
        <translation>Pris, lavest først</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price (per kg, litre, piece), lowest first</source>
        <translation>Enhetspris (per kg, liter, stk.), lavest først</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier, A to Z</source>
        <translation>Leverandør, A–Å</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving against the list price, largest first</source>
        <translation>Besparelse mot listeprisen, størst først</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Sort the results by</source>
        <translation>Sorter resultatene etter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The saving is how much below the supplier&apos;s list price the agreement price is. The best match shows each product once, with the first choice among its suppliers&apos; offers.</source>
        <translation>Besparelsen er hvor mye lavere avtaleprisen er enn leverandørens listepris. Beste treff viser hvert produkt én gang, med førstevalget blant leverandørenes tilbud.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Sort &amp;by:</source>
        <translation>S&amp;orter etter:</translation>
    </message>
</context>
<context>
    <name>FindTexts</name>
    <message>
        <location filename="../desktop/ui/find/texts.py" line="+31"/>
        <source>Direct call-off</source>
        <translation>Direkte avrop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranked suppliers</source>
        <translation>Rangerte leverandører</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mini-competition</source>
        <translation>Minikonkurranse</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/formats.py" line="+23"/>
        <source>pack</source>
        <translation>pk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>litre</source>
        <translation>liter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>metre</source>
        <translation>meter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hour</source>
        <translation>time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>box</source>
        <translation>eske</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ream</source>
        <translation>bunke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pair</source>
        <translation>par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set</source>
        <translation>sett</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <location line="+1"/>
        <source>piece</source>
        <translation>stk.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/find/texts.py" line="+7"/>
        <source>Nordic Swan</source>
        <translation>Svanemerket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU Ecolabel</source>
        <translation>EU-Blomsten</translation>
    </message>
    <message>
        <source>Organic</source>
        <translation type="vanished">Økologisk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fairtrade</source>
        <translation>Fairtrade</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When you can (within a month)</source>
        <translation>Når dere har tid (innen en måned)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within a week</source>
        <translation>Innen en uke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent (within two days)</source>
        <translation>Haster (innen to dager)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Waiting to be sent</source>
        <translation>Venter på å bli sendt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the procurement office</source>
        <translation>Hos innkjøpsavdelingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Besvart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/error_table.py" line="-57"/>
        <source>Describe what you need, in a sentence or two.</source>
        <translation>Beskriv hva du trenger med en eller to setninger.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The description is too long. Keep it under 2,000 characters.</source>
        <translation>Beskrivelsen er for lang. Hold den under 2 000 tegn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose one of the units you order for.</source>
        <translation>Velg en av enhetene du bestiller for.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The quantity is too long. Write it shortly, e.g. 20 or about 5 boxes.</source>
        <translation>Antallet er for langt. Skriv kort, f.eks. 20 eller ca. 5 esker.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the estimated amount as a number, e.g. 1500 or 1500.50.</source>
        <translation>Skriv det anslåtte beløpet som et tall, f.eks. 1500 eller 1500,50.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avrop does not know this agreement. Sync (F5) and try again.</source>
        <translation>Avrop kjenner ikke denne avtalen. Synkroniser (F5) og prøv igjen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose one of the agreement&apos;s suppliers.</source>
        <translation>Velg en av avtalens leverandører.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The order date cannot be in the future. Record the call-off once it is made.</source>
        <translation>Bestillingsdatoen kan ikke være fram i tid. Registrer avropet når det er gjort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agreement was not valid on that date. Check the date.</source>
        <translation>Avtalen gjaldt ikke den datoen. Kontroller datoen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the amount excluding VAT, above zero, e.g. 4500 or 4500.50.</source>
        <translation>Skriv beløpet ekskl. mva., over null, f.eks. 4500 eller 4500,50.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write what you ordered, e.g. &apos;Taxi to the swimming hall&apos;.</source>
        <translation>Skriv hva du bestilte, f.eks. &apos;Drosje til svømmehallen&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This supplier is not first in rank. Write why the suppliers before it could not deliver.</source>
        <translation>Denne leverandøren er ikke først i rangeringen. Skriv hvorfor leverandørene før ikke kunne levere.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reason is too long. Keep it under 500 characters.</source>
        <translation>Begrunnelsen er for lang. Hold den under 500 tegn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This agreement&apos;s items are in Avrop: search for them and order here.</source>
        <translation>Avtalens varer finnes i Avrop: søk dem fram og bestill her.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The supplier&apos;s catalogue has errors, so Avrop keeps the one it had. The procurement office has been told.</source>
        <translation>Leverandørens katalog inneholder feil, så Avrop beholder den som var. Innkjøpsavdelingen har fått beskjed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The supplier&apos;s catalogue could not be read, so Avrop keeps the one it had.</source>
        <translation>Leverandørens katalog kunne ikke leses, så Avrop beholder den som var.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a short reason, so the unit&apos;s figures can explain the purchase.</source>
        <translation>Skriv en kort begrunnelse, så enhetens tall kan forklare kjøpet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/find/texts.py" line="-28"/>
        <source>KRAV (organic)</source>
        <translation>KRAV (økologisk)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danish Ø label (organic)</source>
        <translation>Det danske Ø-merket (økologisk)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debio (organic)</source>
        <translation>Debio (økologisk)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU organic</source>
        <translation>EU-økologisk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bra Miljöval</source>
        <translation>Bra Miljöval</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This agreement&apos;s items have not reached this computer yet: sync, or ask the procurement office.</source>
        <translation>Avtalens varer har ikke kommet til denne datamaskinen ennå: synkroniser, eller spør innkjøpsavdelingen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This agreement&apos;s items are not in Avrop&apos;s shop: follow its instructions above, or ask the procurement office.</source>
        <translation>Avtalens varer finnes ikke i Avrops butikk: følg instruksjonene over, eller spør innkjøpsavdelingen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No item in Avrop is called “%1”. Under this agreement the procurement office runs the call-off: send them your need above.</source>
        <translation>Ingen vare i Avrop heter «%1». Under denne avtalen står innkjøpsavdelingen for avropet: send dem behovet ditt ovenfor.</translation>
    </message>
</context>
<context>
    <name>FindView</name>
    <message>
        <location filename="../desktop/ui/find/view.py" line="+257"/>
        <source>Searching…</source>
        <translation>Søker…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing found.</source>
        <translation>Ingenting funnet.</translation>
    </message>
    <message>
        <source>%1 items, agreement items first.</source>
        <translation type="vanished">%1 varer, avtalevarer først.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No item in Avrop matches “%1”. Try another word, or ask the procurement office: they find it for you.</source>
        <translation>Ingen vare i Avrop passer til «%1». Prøv et annet ord, eller spør innkjøpsavdelingen: de finner det for deg.</translation>
    </message>
    <message>
        <source>This agreement&apos;s items are not in Avrop&apos;s shop: follow its instructions above, or ask the procurement office.</source>
        <translation type="vanished">Avtalens varer finnes ikke i Avrops butikk: følg instruksjonene over, eller spør innkjøpsavdelingen.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+49"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Find</source>
        <translation>Søk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What do you &amp;need?</source>
        <translation>Hva &amp;trenger du?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a word, e.g. coffee, bread, nappies</source>
        <translation>Skriv et ord, f.eks. kaffe, brød, bleier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What do you need</source>
        <translation>Hva trenger du</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ne&amp;ws</source>
        <translation>N&amp;yheter</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Su&amp;pplier:</source>
        <translation>Le&amp;verandør:</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>No catalogue yet: the items show here once it is synced.</source>
        <translation>Ingen katalog ennå: varene vises her når den er synkronisert.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Agreement:</source>
        <translation>&amp;Avtale:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agreement filter</source>
        <translation>Avtalefilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier filter</source>
        <translation>Leverandørfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category filter</source>
        <translation>Kategorifilter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Eco-labelled only</source>
        <translation>Bare &amp;miljømerket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eco-labelled only</source>
        <translation>Bare miljømerket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>News from the procurement office</source>
        <translation>Nytt fra innkjøpsavdelingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can&apos;t find it? Ask the procurement office</source>
        <translation>Finner du det ikke? Spør innkjøpsavdelingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the procurement office…</source>
        <translation>Spør innkjøpsavdelingen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the procurement office</source>
        <translation>Spør innkjøpsavdelingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items found</source>
        <translation>Varer som ble funnet</translation>
    </message>
    <message numerus="yes">
        <location line="-117"/>
        <source>%Ln item(s), agreement items first.</source>
        <translation>
            <numerusform>%Ln vare, avtalevarer først.</numerusform>
            <numerusform>%Ln varer, avtalevarer først.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindWiring</name>
    <message>
        <source>The procurement office has answered you: see Help (Ctrl+5).</source>
        <translation type="vanished">Innkjøpsavdelingen har svart deg: se Hjelp (Ctrl+5).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/find/wiring.py" line="+102"/>
        <source>The office has answered you: see Help.</source>
        <translation>Innkjøpsavdelingen har svart: se Hjelp.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n item picture(s) were refused as unsafe.</source>
        <translation>
            <numerusform>%n varebilde ble avvist som utrygt.</numerusform>
            <numerusform>%n varebilder ble avvist som utrygge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) from the server were refused as unsafe.</source>
        <translation type="vanished">
            <numerusform>%n bilde fra serveren ble avvist som utrygt.</numerusform>
            <numerusform>%n bilder fra serveren ble avvist som utrygge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstFindPage</name>
    <message>
        <location filename="../desktop/ui/find/first_paint.py" line="+101"/>
        <source>Searching…</source>
        <translation>Søker…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing found.</source>
        <translation>Ingenting funnet.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Avrop</source>
        <translation>Avrop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What do you &amp;need?</source>
        <translation>Hva &amp;trenger du?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a word, e.g. coffee, bread, nappies</source>
        <translation>Skriv et ord, f.eks. kaffe, brød, bleier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What do you need</source>
        <translation>Hva trenger du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items found</source>
        <translation>Varer som ble funnet</translation>
    </message>
</context>
<context>
    <name>GlanceTab</name>
    <message>
        <location filename="../desktop/ui/support/glance.py" line="+86"/>
        <source>Installations</source>
        <translation>Installasjoner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders that need someone</source>
        <translation>Bestillinger som trenger noen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions to the procurement office</source>
        <translation>Spørsmål til innkjøpsavdelingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colleagues</source>
        <translation>Kolleger</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+96"/>
        <source>orderer training</source>
        <translation>bestillerkurset</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App version</source>
        <translation>Appversjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync</source>
        <translation>Siste synkronisering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to be sent</source>
        <translation>Venter på å bli sendt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting since</source>
        <translation>Venter siden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error</source>
        <translation>Siste feil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order</source>
        <translation>Bestilling</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Total</source>
        <translation>Sum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Placed by</source>
        <translation>Lagt inn av</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Need</source>
        <translation>Behov</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asked by</source>
        <translation>Spurt av</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certified</source>
        <translation>Sertifisert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>May order</source>
        <translation>Kan bestille</translation>
    </message>
    <message>
        <source>One item is stuck on a colleague&apos;s computer.</source>
        <translation type="vanished">Én ting står fast på en kollegas datamaskin.</translation>
    </message>
    <message>
        <source>%1 items are stuck on a colleague&apos;s computer.</source>
        <translation type="vanished">%1 ting står fast på en kollegas datamaskin.</translation>
    </message>
    <message>
        <source>One order needs someone.</source>
        <translation type="vanished">Én bestilling trenger noen.</translation>
    </message>
    <message>
        <source>%1 orders need someone.</source>
        <translation type="vanished">%1 bestillinger trenger noen.</translation>
    </message>
    <message>
        <source>One question to the office is open.</source>
        <translation type="vanished">Ett spørsmål til innkjøpsavdelingen er åpent.</translation>
    </message>
    <message>
        <source>%1 questions to the office are open.</source>
        <translation type="vanished">%1 spørsmål til innkjøpsavdelingen er åpne.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Nothing waits in this unit.</source>
        <translation>Ingenting venter i denne enheten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not yet certified: %1. They may not order until they pass the %2.</source>
        <translation>Ennå ikke sertifisert: %1. De kan ikke bestille før de har fullført %2.</translation>
    </message>
    <message numerus="yes">
        <location line="-31"/>
        <source>%n item(s) are stuck on a colleague&apos;s computer.</source>
        <translation>
            <numerusform>Én ting står fast på en kollegas datamaskin.</numerusform>
            <numerusform>%n ting står fast på en kollegas datamaskin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n order(s) need someone.</source>
        <translation>
            <numerusform>Én bestilling trenger noen.</numerusform>
            <numerusform>%n bestillinger trenger noen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n question(s) to the office are open.</source>
        <translation>
            <numerusform>Ett spørsmål til innkjøpsavdelingen er åpent.</numerusform>
            <numerusform>%n spørsmål til innkjøpsavdelingen er åpne.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuidanceCard</name>
    <message>
        <location filename="../desktop/ui/find/guidance_panel.py" line="+127"/>
        <source>Agreement: %1 (%2)</source>
        <translation>Avtale: %1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saves %1</source>
        <translation>Sparer %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ask the procurement office…</source>
        <translation>Spør innkjøpsavdelingen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a call-off you made…</source>
        <translation>Registrer et avrop du har gjort…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only this agreement&apos;s items</source>
        <translation>Vis bare avtalens varer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Valid until %1.</source>
        <translation>Gjelder til %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call-offs under this agreement go through a mini-competition. Do not contact the suppliers: send your need to the procurement office and they ask the suppliers for you.</source>
        <translation>Avrop under denne avtalen skjer gjennom minikonkurranse. Ikke kontakt leverandørene: send behovet ditt til innkjøpsavdelingen, så spør de leverandørene for deg.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order here in Avrop, from the suppliers in this order. Use the next one only when the one before cannot deliver; Avrop asks you why.</source>
        <translation>Bestill her i Avrop, fra leverandørene i denne rekkefølgen. Bruk den neste bare når den før ikke kan levere; Avrop spør hvorfor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order here in Avrop: the agreement&apos;s items are shown first below.</source>
        <translation>Bestill her i Avrop: avtalens varer vises først nedenfor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote agreement number %1 when you order.</source>
        <translation>Oppgi avtalenummer %1 når du bestiller.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This agreement is not in Avrop&apos;s shop. Contact the suppliers in this order; the next one only when the one before cannot deliver.</source>
        <translation>Denne avtalen finnes ikke i Avrops butikk. Kontakt leverandørene i denne rekkefølgen; den neste bare når den før ikke kan levere.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This agreement is not in Avrop&apos;s shop. Order directly from the supplier.</source>
        <translation>Denne avtalen finnes ikke i Avrops butikk. Bestill direkte fra leverandøren.</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <location line="+50"/>
        <source>Agreements for what you need</source>
        <translation>Avtaler for det du trenger</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <location filename="../desktop/ui/help/page.py" line="+25"/>
        <source>Orderer</source>
        <translation>Bestiller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit manager</source>
        <translation>Leder for enheten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Superuser</source>
        <translation>Superbruker</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Procurement office</source>
        <translation>Innkjøpsavdelingen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>School</source>
        <translation>Skole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kindergarten</source>
        <translation>Barnehage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care home</source>
        <translation>Sykehjem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transshipment hub</source>
        <translation>Omlastingssentral</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You</source>
        <translation>Deg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your units</source>
        <translation>Dine enheter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can&apos;t find what you need?</source>
        <translation>Finner du ikke det du trenger?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data on this computer</source>
        <translation>Data på denne datamaskinen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F5 Sync now</source>
        <translation>F5 Synkroniser nå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab moves to the next field</source>
        <translation>Tab går til neste felt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc closes a dialog</source>
        <translation>Esc lukker en dialogboks</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In Find: ↓ from the search box to the results · Enter on an item to its quantity · Enter again puts it in the cart</source>
        <translation>I Søk: ↓ fra søkefeltet til treffene · Enter på en vare går til antallet · Enter igjen legger den i handlekurven</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not signed in.</source>
        <translation>Ikke logget inn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name: %1</source>
        <translation>Brukernavn: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certified orderer: you may place orders.</source>
        <translation>Sertifisert bestiller: du kan legge inn bestillinger.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not yet certified: ask your manager about the orderer training.</source>
        <translation>Ikke sertifisert ennå: spør lederen din om bestilleropplæringen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No units yet. Sync with File → Sync now (F5).</source>
        <translation>Ingen enheter ennå. Synkroniser med Fil → Synkroniser nå (F5).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask the procurement office, not the supplier. They know every agreement and can tell you where to buy.</source>
        <translation>Spør innkjøpsavdelingen, ikke leverandøren. De kjenner alle avtalene og kan si hvor du skal kjøpe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not synced yet.</source>
        <translation>Ikke synkronisert ennå.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last synced %1.</source>
        <translation>Sist synkronisert %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything you see is kept on this computer, so Avrop also works without a network.</source>
        <translation>Alt du ser, lagres på denne datamaskinen, så Avrop virker også uten nettverk.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Not yet certified: take the orderer training before you order or record call-offs: %1</source>
        <translation>Ennå ikke sertifisert: ta bestillerkurset før du bestiller eller registrerer avrop: %1</translation>
    </message>
</context>
<context>
    <name>ItemPane</name>
    <message>
        <location filename="../desktop/ui/find/item_pane.py" line="+200"/>
        <source>Picture of %1</source>
        <translation>Bilde av %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Framework agreement item</source>
        <translation>Rammeavtalevare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its agreement is not valid today</source>
        <translation>Avtalen gjelder ikke i dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not on a framework agreement</source>
        <translation>Ikke omfattet av en rammeavtale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crisis stock item</source>
        <translation>Kriselagervare</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>valid %1 to %2</source>
        <translation>gjelder %1 til %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2) below the list price %3</source>
        <translation>%1 (%2) under listeprisen %3</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>✓ Added to the cart: %1 × %2. Ctrl+2 opens the cart.</source>
        <translation>✓ Lagt i handlekurven: %1 × %2. Ctrl+2 åpner handlekurven.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Supplier:</source>
        <translation>Leverandør:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement:</source>
        <translation>Avtale:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price:</source>
        <translation>Pris:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare price:</source>
        <translation>Sammenligningspris:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You save:</source>
        <translation>Du sparer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum order:</source>
        <translation>Minste bestilling:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eco labels:</source>
        <translation>Miljømerker:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GTIN:</source>
        <translation>GTIN:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article number:</source>
        <translation>Varenummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category:</source>
        <translation>Kategori:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About:</source>
        <translation>Om varen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quantity:</source>
        <translation>A&amp;ntall:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Antall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to &amp;cart</source>
        <translation>&amp;Legg i handlekurven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to cart</source>
        <translation>Legg i handlekurven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an item in the list to see everything about it.</source>
        <translation>Velg en vare i listen for å se alt om den.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen item</source>
        <translation>Valgt vare</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Favourite</source>
        <translation>Favoritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Favourite (Ctrl+D): starred</source>
        <translation>Favoritt (Ctrl+D): stjernemerket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Favourite (Ctrl+D)</source>
        <translation>Favoritt (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/find/wiring.py" line="-14"/>
        <source>Sync finished. Everything is up to date.</source>
        <translation>Synkroniseringen er ferdig. Alt er oppdatert.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/main_window.py" line="+340"/>
        <source>About Avrop</source>
        <translation>Om Avrop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avrop %1

A purchasing assistant for the units of Nordic municipalities: find the right framework agreement, order safely, and follow up.</source>
        <translation>Avrop %1

En innkjøpsassistent for enheter i nordiske kommuner: finn riktig rammeavtale, bestill trygt og følg opp.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Avrop</source>
        <translation>Avrop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå til</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings</source>
        <translation>&amp;Innstillinger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synkroniser nå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>Logg &amp;ut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language and settings…</source>
        <translation>&amp;Språk og innstillinger…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Avrop</source>
        <translation>&amp;Om Avrop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ordering for:</source>
        <translation>&amp;Bestiller for:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Unit you order for</source>
        <translation>Enheten du bestiller for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current place</source>
        <translation>Gjeldende visning</translation>
    </message>
    <message>
        <source>Here you will collect what to order, check it against the agreement and the budget, and send it, even without a network.</source>
        <translation type="vanished">Her samler du det du skal bestille, sjekker det mot avtalen og budsjettet og sender det, også uten nettverk.</translation>
    </message>
    <message>
        <source>Here you will follow your orders: sent, confirmed by the supplier, delivered.</source>
        <translation type="vanished">Her følger du bestillingene dine: sendt, bekreftet av leverandøren, levert.</translation>
    </message>
</context>
<context>
    <name>MonthExporter</name>
    <message>
        <location filename="../desktop/ui/spend/month_export.py" line="+174"/>
        <source>spend</source>
        <translation>innkjøp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Month:</source>
        <translation>&amp;Måned:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Month to export</source>
        <translation>Måned som skal eksporteres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly report (&amp;PDF)…</source>
        <translation>Månedsrapport (&amp;PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the month&apos;s one-page report as PDF</source>
        <translation>Lagre månedens rapport på én side som PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month to E&amp;xcel…</source>
        <translation>Måneden til E&amp;xcel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the month&apos;s tables as an Excel workbook</source>
        <translation>Lagre månedens tabeller som Excel-arbeidsbok</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <location filename="../desktop/ui/spend/export_pdf.py" line="+75"/>
        <source>Spend report</source>
        <translation>Innkjøpsrapport</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+41"/>
        <source>Spend</source>
        <translation>Innkjøp</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Ordered through Avrop</source>
        <translation>Bestilt i Avrop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On agreement, outside Avrop</source>
        <translation>På avtale, utenfor Avrop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bought beside the agreements</source>
        <translation>Kjøpt utenfor avtalene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-commerce share (e-handelsgrad)</source>
        <translation>E-handelsandel</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <source>Agreement compliance</source>
        <translation>Avtalelojalitet</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Savings realised against list price</source>
        <translation>Realisert besparelse mot listepris</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Savings missed beside the agreements</source>
        <translation>Tapt besparelse utenfor avtalene</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Figures up to %1 · printed %2</source>
        <translation>Tall til og med %1 · skrevet ut %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The month and the last twelve months</source>
        <translation>Måneden og de siste tolv månedene</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compared with the other units this month</source>
        <translation>Sammenlignet med de andre enhetene denne måneden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-commerce share</source>
        <translation>E-handelsandel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Largest purchases beside the agreements this month</source>
        <translation>Største innkjøp utenfor avtalene denne måneden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Supplier</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement that covers it</source>
        <translation>Avtale som dekker behovet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Budget %1 so far</source>
        <translation>Budsjett %1 så langt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Budget</source>
        <translation>Budsjett</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Committed</source>
        <translation>Bundet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spent</source>
        <translation>Forbrukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Igjen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-commerce share: spend ordered in Avrop. Agreement compliance: spend on a framework agreement, in or outside Avrop. Savings missed: what buying beside the agreements cost, estimated with the price level of the agreement that covered it.</source>
        <translation>E-handelsandel: andel av innkjøpene bestilt i Avrop. Avtalelojalitet: andel kjøpt på rammeavtaler, i eller utenfor Avrop. Tapt besparelse: hva kjøp utenfor avtalene kostet, anslått med prisnivået i avtalen som dekket behovet.</translation>
    </message>
</context>
<context>
    <name>NavigationList</name>
    <message>
        <location filename="../desktop/ui/shell/places.py" line="+118"/>
        <source>Places</source>
        <translation>Visninger</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="vanished">%1 (%2)</translation>
    </message>
    <message>
        <source>%1, 1 item</source>
        <translation type="vanished">%1, 1 vare</translation>
    </message>
    <message>
        <source>%1, %2 items</source>
        <translation type="vanished">%1, %2 varer</translation>
    </message>
</context>
<context>
    <name>OffersModel</name>
    <message>
        <location filename="../desktop/ui/find/offers.py" line="+45"/>
        <source>Offer</source>
        <translation>Tilbud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First choice</source>
        <translation>Førstevalg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) dearer</source>
        <translation>%1 (%2) dyrere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) cheaper</source>
        <translation>%1 (%2) billigere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same price</source>
        <translation>Samme pris</translation>
    </message>
</context>
<context>
    <name>OffersPanel</name>
    <message numerus="yes">
        <location line="+161"/>
        <source>Offered by %n supplier(s) on this agreement, in the agreement&apos;s rank order: order from the first unless it cannot deliver.</source>
        <translation>
            <numerusform>Tilbys av %n leverandør på denne avtalen, i avtalens rangering: bestill fra den første med mindre den ikke kan levere.</numerusform>
            <numerusform>Tilbys av %n leverandører på denne avtalen, i avtalens rangering: bestill fra den første med mindre den ikke kan levere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Offered by %n supplier(s) on this agreement, cheapest first. Choose one to see it here and add it.</source>
        <translation>
            <numerusform>Tilbys av %n leverandør på denne avtalen, billigste først. Velg et tilbud for å se det her og legge det til.</numerusform>
            <numerusform>Tilbys av %n leverandører på denne avtalen, billigste først. Velg et tilbud for å se det her og legge det til.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Suppliers&apos; offers</source>
        <translation>Leverandørenes tilbud</translation>
    </message>
</context>
<context>
    <name>OfficeRequestDialog</name>
    <message>
        <location filename="../desktop/ui/find/office_dialog.py" line="+174"/>
        <source>Ask the procurement office</source>
        <translation>Spør innkjøpsavdelingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Can&apos;t find what you need? Ask the procurement office, not the supplier. They answer here in Avrop; you see the answer under Help. You can send this even without a network.</source>
        <translation>Finner du ikke det du trenger? Spør innkjøpsavdelingen, ikke leverandøren. De svarer her i Avrop; svaret ser du under Hjelp. Du kan sende dette selv uten nettverk.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What do you &amp;need?</source>
        <translation>Hva &amp;trenger du?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How &amp;many?</source>
        <translation>Hvor &amp;mange?</translation>
    </message>
    <message>
        <source>Estimated &amp;amount (SEK, optional):</source>
        <translation type="vanished">Anslått &amp;beløp (SEK, valgfritt):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated &amp;amount, excl. VAT (optional):</source>
        <translation>Anslått &amp;beløp, ekskl. mva. (valgfritt):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How &amp;soon?</source>
        <translation>Hvor &amp;raskt?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For &amp;unit:</source>
        <translation>For &amp;enhet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you need</source>
        <translation>Hva du trenger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many</source>
        <translation>Hvor mange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 20, or about 5 boxes</source>
        <translation>f.eks. 20, eller ca. 5 esker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated amount</source>
        <translation>Anslått beløp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1500</source>
        <translation>f.eks. 1500</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>How soon</source>
        <translation>Hvor raskt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>For unit</source>
        <translation>For enhet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You searched for: %1</source>
        <translation>Du søkte etter: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;end to the office</source>
        <translation>&amp;Send til innkjøpsavdelingen</translation>
    </message>
    <message>
        <source>&amp;Send to the office</source>
        <translation type="vanished">&amp;Send til innkjøpsavdelingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to the office</source>
        <translation>Send til innkjøpsavdelingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>OrderDetails</name>
    <message>
        <location filename="../desktop/ui/orders/details.py" line="+41"/>
        <source>Order %1 to %2</source>
        <translation>Bestilling %1 til %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Placed by %1 on behalf of %2.</source>
        <translation>Lagt inn av %1 på vegne av %2.</translation>
    </message>
    <message>
        <source>Total %1 %2; account %3.</source>
        <translation type="vanished">Totalt %1 %2; konto %3.</translation>
    </message>
    <message>
        <source>Confirmed total %1 %2.</source>
        <translation type="vanished">Bekreftet totalt %1 %2.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>%1 (through the hub, for %2)</source>
        <translation>%1 (via omlastingssentralen, til %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delivery on the next delivery day to %1.</source>
        <translation>Levering neste leveringsdag til %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delivery %1 to %2.</source>
        <translation>Levering %1 til %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ordered by %1.</source>
        <translation>Bestilt av %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total %1; account %2.</source>
        <translation>Totalt %1; konto %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirmed total %1.</source>
        <translation>Bekreftet totalt %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tries so far: %1. Avrop keeps trying.</source>
        <translation>Forsøk så langt: %1. Avrop fortsetter å prøve.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Approved by %1.</source>
        <translation>Godkjent av %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declined by %1.</source>
        <translation>Avslått av %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Supplier&apos;s answer: %1.</source>
        <translation>Leverandørens svar: %1.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Waits for approval by %1.</source>
        <translation>Venter på godkjenning fra %1.</translation>
    </message>
</context>
<context>
    <name>OrderDocument</name>
    <message>
        <location filename="../desktop/ui/orders/document_view.py" line="-107"/>
        <source>Order %1 of %2</source>
        <translation>Bestilling %1 av %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Buyer</source>
        <translation>Kjøper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deliver to: %1</source>
        <translation>Leveringsadresse: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For: %1</source>
        <translation>Til: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delivery date: %1</source>
        <translation>Leveringsdato: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agreement: %1</source>
        <translation>Avtale: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note: %1</source>
        <translation>Merknad: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item</source>
        <translation>Vare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Antall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Enhetspris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Total excl. VAT: %1</source>
        <translation>Totalt ekskl. mva.: %1</translation>
    </message>
</context>
<context>
    <name>OrderEditDialog</name>
    <message>
        <location filename="../desktop/ui/orders/edit_dialog.py" line="+28"/>
        <source>Change order %1</source>
        <translation>Endre bestilling %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New quantities; 0 removes the line. The order is sent again.</source>
        <translation>Nye antall; 0 fjerner linjen. Bestillingen sendes på nytt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quantity of %1</source>
        <translation>Antall av %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save and send again</source>
        <translation>&amp;Lagre og send på nytt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes and queue the order again</source>
        <translation>Lagre endringene og sett bestillingen i kø på nytt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without changing</source>
        <translation>Lukk uten å endre</translation>
    </message>
</context>
<context>
    <name>OrderTexts</name>
    <message>
        <location filename="../desktop/ui/shell/error_table_orders.py" line="+10"/>
        <source>You do not order for {unit}. Choose one of your own units, or ask your manager to make you an orderer for it.</source>
        <translation>Du bestiller ikke for {unit}. Velg en av dine egne enheter, eller be lederen din om å gjøre deg til bestiller for den.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only certified orderers may place orders. Ask your manager about the ordering course.</source>
        <translation>Bare sertifiserte bestillere kan legge inn bestillinger. Spør lederen din om bestillerkurset.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Avrop does not know the accounts and budget of {unit} yet. Connect to the network once and sync (F5); after that you can order offline too.</source>
        <translation>Avrop kjenner ikke kontoene og budsjettet for {unit} ennå. Koble til nettverket én gang og synkroniser (F5); etter det kan du bestille uten nett også.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your unit is not in Avrop&apos;s register any more. Sync, or ask the procurement office.</source>
        <translation>Enheten din er ikke lenger i Avrops register. Synkroniser, eller spør innkjøpsavdelingen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The supplier is not in Avrop&apos;s register any more. Sync, or ask the procurement office.</source>
        <translation>Leverandøren er ikke lenger i Avrops register. Synkroniser, eller spør innkjøpsavdelingen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{supplier} does not take orders through Avrop. Order as the agreement&apos;s instructions say (phone or e-mail).</source>
        <translation>{supplier} tar ikke imot bestillinger gjennom Avrop. Bestill slik avtalens instruksjoner sier (telefon eller e-post).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These items are not under a framework agreement. Write why you need to buy them beside the agreements.</source>
        <translation>Disse varene er ikke på en rammeavtale. Skriv hvorfor du må kjøpe dem utenfor avtalene.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agreement of these items is no longer known. Sync, then add them to the cart again.</source>
        <translation>Avtalen for disse varene er ikke lenger kjent. Synkroniser, og legg dem så i handlekurven igjen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agreement {agreement} ({number}) is valid only from {from}. Order these items from then on, or ask the procurement office.</source>
        <translation>Avtalen {agreement} ({number}) gjelder først fra {from}. Bestill disse varene fra da av, eller spør innkjøpsavdelingen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agreement {agreement} ({number}) ended on {to}. Remove these items and find them under the new agreement.</source>
        <translation>Avtalen {agreement} ({number}) utløp {to}. Fjern disse varene og finn dem på den nye avtalen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{supplier} is not a supplier on the agreement {agreement}. Remove these items or choose a supplier on the agreement.</source>
        <translation>{supplier} er ikke leverandør på avtalen {agreement}. Fjern disse varene, eller velg en leverandør på avtalen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{item}: enter a quantity above zero.</source>
        <translation>{item}: angi et antall over null.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{item}: {unit} is ordered in whole units; {quantity} is not a whole number.</source>
        <translation>{item}: {unit} bestilles i hele enheter; {quantity} er ikke et heltall.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item}: use at most {decimals} decimals.</source>
        <translation>{item}: bruk høyst {decimals} desimaler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item}: the supplier takes at least {minimum} {unit} per order.</source>
        <translation>{item}: leverandøren tar minst {minimum} {unit} per bestilling.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item}: the supplier takes at most {maximum} {unit} per order.</source>
        <translation>{item}: leverandøren tar høyst {maximum} {unit} per bestilling.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item} has no price. Sync the catalogue, or ask the procurement office.</source>
        <translation>{item} har ingen pris. Synkroniser katalogen, eller spør innkjøpsavdelingen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One order can have one currency only ({currencies}). Ask the procurement office.</source>
        <translation>En bestilling kan bare ha én valuta ({currencies}). Spør innkjøpsavdelingen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{supplier} takes orders from {minimum}. Add items for {missing} more, or order later together with other items.</source>
        <translation>{supplier} tar imot bestillinger fra {minimum}. Legg til varer for {missing} til, eller bestill senere sammen med andre varer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This order ({total}) is over your unit&apos;s limit of {limit}. It waits for your manager&apos;s approval before it goes to the supplier.</source>
        <translation>Denne bestillingen ({total}) er over enhetens grense på {limit}. Den venter på lederens godkjenning før den går til leverandøren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This order goes {over} over the budget of account {account}: {left} are left. You may still order; your manager will see it.</source>
        <translation>Denne bestillingen går {over} over budsjettet for konto {account}: {left} er igjen. Du kan likevel bestille; lederen din ser det.</translation>
    </message>
    <message>
        <source>{supplier} takes orders from {minimum} {currency}. Add items for {missing} {currency} more, or order later together with other items.</source>
        <translation type="vanished">{supplier} tar imot bestillinger fra {minimum} {currency}. Legg til varer for {missing} {currency} til, eller bestill senere sammen med andre varer.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The delivery date {date} has passed. Choose a later date.</source>
        <translation>Leveringsdatoen {date} har passert. Velg en senere dato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goods are not delivered to you on {date}. They will come on the next delivery day.</source>
        <translation>Varer leveres ikke til dere {date}. De kommer neste leveringsdag.</translation>
    </message>
    <message>
        <source>This order ({total} {currency}) is over your unit&apos;s limit of {limit} {currency}. It waits for your manager&apos;s approval before it goes to the supplier.</source>
        <translation type="vanished">Denne bestillingen ({total} {currency}) er over enhetens grense på {limit} {currency}. Den venter på lederens godkjenning før den går til leverandøren.</translation>
    </message>
    <message>
        <source>This order goes {over} {currency} over the budget of account {account}: {left} {currency} are left. You may still order; your manager will see it.</source>
        <translation type="vanished">Denne bestillingen går {over} {currency} over budsjettet for konto {account}: {left} {currency} er igjen. Du kan likevel bestille; lederen din ser det.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no budget for this account this year. Check with your manager before ordering.</source>
        <translation>Det finnes ikke noe budsjett for denne kontoen i år. Sjekk med lederen din før du bestiller.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order has no items.</source>
        <translation>Bestillingen har ingen varer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order may already have reached the supplier, so it can no longer be changed or cancelled here. Wait for the supplier&apos;s answer.</source>
        <translation>Bestillingen kan allerede ha nådd leverandøren, så den kan ikke lenger endres eller kanselleres her. Vent på svaret fra leverandøren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The order no longer exists.</source>
        <translation>Bestillingen finnes ikke lenger.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server could not read the order document. Change the order and send it again; if it keeps happening, contact the procurement office.</source>
        <translation>Serveren kunne ikke lese ordredokumentet. Endre bestillingen og send den på nytt; hvis det fortsetter, kontakt innkjøpsavdelingen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The order&apos;s details did not match its document. Change the order and send it again.</source>
        <translation>Bestillingens opplysninger stemte ikke med dokumentet. Endre bestillingen og send den på nytt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More would be received than was ordered. Check the quantities.</source>
        <translation>Det ville bli mottatt mer enn det som ble bestilt. Kontroller antallene.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter how much of at least one line has arrived.</source>
        <translation>Angi hvor mye som har kommet av minst én linje.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write why you decline the order, so the orderer knows what to do.</source>
        <translation>Skriv hvorfor du avslår bestillingen, så bestilleren vet hva som må gjøres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The order has moved on meanwhile. Sync and look again.</source>
        <translation>Bestillingen har gått videre i mellomtiden. Synkroniser og se på nytt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The order has not reached the server yet. Try again when it is sent.</source>
        <translation>Bestillingen har ikke nådd serveren ennå. Prøv igjen når den er sendt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not check this order. Open it with Change and send it again; if that happens again, contact support.</source>
        <translation>Serveren kunne ikke kontrollere bestillingen. Åpne den med Endre og send den på nytt; skjer det igjen, kontakt brukerstøtte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The accounting string names another unit&apos;s cost centre. Choose the account and cost centre of the unit you order for.</source>
        <translation>Konteringen oppgir en annen enhets kostnadssted. Velg konto og kostnadssted for enheten du bestiller til.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The order has nothing to pay for. Give each line a quantity above zero and a price.</source>
        <translation>Bestillingen har ingenting å betale for. Gi hver linje et antall over null og en pris.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only a superuser orders on behalf of a unit. Place the order as yourself, or ask your unit&apos;s superuser.</source>
        <translation>Bare en superbruker bestiller på vegne av en enhet. Legg inn bestillingen i ditt eget navn, eller spør enhetens superbruker.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/orders/texts.py" line="+19"/>
        <source>Queued</source>
        <translation>I kø</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending</source>
        <translation>Sendes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Needs your attention</source>
        <translation>Trenger oppmerksomheten din</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Cancelled</source>
        <translation>Kansellert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for approval</source>
        <translation>Venter på godkjenning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined by the manager</source>
        <translation>Avslått av lederen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received — being checked</source>
        <translation>Mottatt — kontrolleres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Received by the supplier</source>
        <translation>Mottatt av leverandøren</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>Accepted</source>
        <translation>Akseptert</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+34"/>
        <source>Accepted with changes</source>
        <translation>Akseptert med endringer</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+32"/>
        <source>Rejected</source>
        <translation>Avvist</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Partly delivered</source>
        <translation>Delvis levert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Levert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved on this computer and waiting to be sent. You can still change or cancel it.</source>
        <translation>Lagret på denne datamaskinen og venter på å bli sendt. Du kan fortsatt endre eller kansellere den.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Being sent. If the connection broke, Avrop keeps trying; it is never sent twice.</source>
        <translation>Sendes. Hvis forbindelsen ble brutt, fortsetter Avrop å prøve; den sendes aldri to ganger.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused the order. Change it and send it again, or cancel it.</source>
        <translation>Serveren avviste bestillingen. Endre den og send den på nytt, eller kanseller den.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server has the order and is checking it against the rules. You will see here when it goes to the supplier, or what to change.</source>
        <translation>Serveren har mottatt bestillingen og kontrollerer den mot reglene. Her ser du når den går til leverandøren, eller hva du må endre.</translation>
    </message>
    <message>
        <source>Over the unit&apos;s limit: it goes to the supplier when the manager approves.</source>
        <translation type="vanished">Over enhetens grense: den går til leverandøren når lederen godkjenner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Over the unit&apos;s limit: it goes to the supplier when another manager of the unit approves it (else the procurement office). No one approves their own order.</source>
        <translation>Over enhetens grense: den går til leverandøren når en annen leder for enheten godkjenner den (ellers innkjøpsavdelingen). Ingen godkjenner sin egen bestilling.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/error_table_orders.py" line="-36"/>
        <source>The supplier&apos;s answer is in another currency than the order, so it was refused. Ask the supplier to answer in the order&apos;s currency.</source>
        <translation>Leverandørens svar er i en annen valuta enn bestillingen og ble derfor avvist. Be leverandøren svare i bestillingens valuta.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>You order on behalf of {unit}: the order names you, {user}, as the one who placed it.</source>
        <translation>Du bestiller på vegne av {unit}: bestillingen oppgir deg, {user}, som den som la den inn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone changed the unit&apos;s templates meanwhile. Reload them and try again.</source>
        <translation>Noen har endret enhetens maler i mellomtiden. Last dem inn på nytt og prøv igjen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload the unit&apos;s templates before you change them.</source>
        <translation>Last inn enhetens maler på nytt før du endrer dem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two templates have the same name key. Rename one and save again.</source>
        <translation>To maler har samme nøkkel. Gi den ene nytt navn og lagre igjen.</translation>
    </message>
    <message>
        <source>The order must be booked on the unit&apos;s own cost centre.</source>
        <translation type="vanished">Bestillingen må føres på enhetens eget kostnadssted.</translation>
    </message>
    <message>
        <source>The order&apos;s total must be above 0.</source>
        <translation type="vanished">Bestillingens sum må være over 0.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait a few minutes and try again.</source>
        <translation type="vanished">For mange mislykkede forsøk. Vent noen minutter og prøv igjen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This support bundle was sent already.</source>
        <translation>Denne supportpakken er allerede sendt.</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>{item}: “{typed}” is not a quantity. Type a number, such as 2.</source>
        <translation>{item}: «{typed}» er ikke et antall. Skriv et tall, for eksempel 2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item}: a quantity cannot be negative ({typed}). Type how many you want.</source>
        <translation>{item}: et antall kan ikke være negativt ({typed}). Skriv hvor mange du vil ha.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item}: 0 does not remove the item. To take it out, use Remove item (Delete key).</source>
        <translation>{item}: 0 fjerner ikke varen. Bruk Fjern vare (Delete-tasten) for å fjerne den.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{item}: {typed} is more than one order line takes (at most {maximum}).</source>
        <translation>{item}: {typed} er mer enn en ordrelinje kan ta (høyst {maximum}).</translation>
    </message>
</context>
<context>
    <name>OrdersController</name>
    <message>
        <location filename="../desktop/ui/orders/controller.py" line="+202"/>
        <source>Order %1 to %2: %3</source>
        <translation>Bestilling %1 til %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 from %2 waits for your approval.</source>
        <translation>Bestilling %1 fra %2 venter på godkjenningen din.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 to %2 is now: %3</source>
        <translation>Bestilling %1 til %2 er nå: %3</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../desktop/ui/orders/model.py" line="+30"/>
        <source>Order</source>
        <translation>Bestilling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placed</source>
        <translation>Lagt inn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Sum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orderer</source>
        <translation>Bestiller</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item</source>
        <translation>Vare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordered</source>
        <translation>Bestilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Bekreftet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>%1 → substituted by %2</source>
        <translation>%1 → erstattes av %2</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../desktop/ui/orders/page.py" line="+231"/>
        <source>No orders yet.</source>
        <translation>Ingen bestillinger ennå.</translation>
    </message>
    <message>
        <source>Order %1 to %2</source>
        <translation type="vanished">Bestilling %1 til %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="vanished">Status: %1</translation>
    </message>
    <message>
        <source>Total %1 %2; account %3.</source>
        <translation type="vanished">Totalt %1 %2; konto %3.</translation>
    </message>
    <message>
        <source>Confirmed total %1 %2.</source>
        <translation type="vanished">Bekreftet totalt %1 %2.</translation>
    </message>
    <message numerus="yes">
        <source>Tried %n time(s); Avrop keeps trying.</source>
        <translation type="vanished">
            <numerusform>Forsøkt %n gang; Avrop fortsetter å prøve.</numerusform>
            <numerusform>Forsøkt %n ganger; Avrop fortsetter å prøve.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation type="vanished">Godkjent av %1.</translation>
    </message>
    <message>
        <source>Declined by %1.</source>
        <translation type="vanished">Avslått av %1.</translation>
    </message>
    <message>
        <source>Supplier&apos;s answer: %1.</source>
        <translation type="vanished">Leverandørens svar: %1.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The order was changed and queued again.</source>
        <translation>Bestillingen ble endret og satt i kø på nytt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The order was cancelled. Nothing was sent.</source>
        <translation>Bestillingen ble kansellert. Ingenting ble sendt.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Approved: the order goes to the supplier.</source>
        <translation>Godkjent: bestillingen går til leverandøren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declined. The orderer sees your reason.</source>
        <translation>Avslått. Bestilleren ser begrunnelsen din.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Goods receipt saved.</source>
        <translation>Varemottaket er lagret.</translation>
    </message>
    <message>
        <source>PEPPOL order document</source>
        <translation type="vanished">PEPPOL-ordredokument</translation>
    </message>
    <message>
        <source>The order document as the server received it</source>
        <translation type="vanished">Ordredokumentet slik serveren mottok det</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Orders</source>
        <translation>Bestillinger</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="vanished">&amp;Vis:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All orders</source>
        <translation>Alle bestillinger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open orders</source>
        <translation>Åpne bestillinger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting for approval</source>
        <translation>Venter på godkjenning</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Which orders to show</source>
        <translation>Hvilke bestillinger som vises</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders of the unit</source>
        <translation>Enhetens bestillinger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of the chosen order</source>
        <translation>Detaljer om den valgte bestillingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines of the chosen order</source>
        <translation>Linjer i den valgte bestillingen</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation type="vanished">E&amp;ndre…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the queued order</source>
        <translation>Endre bestillingen som står i kø</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;ncel order</source>
        <translation>&amp;Kanseller bestilling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel the queued order</source>
        <translation>Kanseller bestillingen som står i kø</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve or decline…</source>
        <translation>Godkjenn e&amp;ller avslå…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approve or decline</source>
        <translation>Godkjenn eller avslå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Receive goods…</source>
        <translation>&amp;Motta varer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record goods received</source>
        <translation>Registrer mottatte varer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Document</source>
        <translation>&amp;Dokument</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the PEPPOL document</source>
        <translation>Vis PEPPOL-dokumentet</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Sho&amp;w:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Chang&amp;e…</source>
        <translation>E&amp;ndre…</translation>
    </message>
</context>
<context>
    <name>OrdersWiring</name>
    <message numerus="yes">
        <source>%n order(s) queued to be sent.</source>
        <translation type="vanished">
            <numerusform>%n bestilling i kø for å bli sendt.</numerusform>
            <numerusform>%n bestillinger i kø for å bli sendt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The order is queued to be sent.</source>
        <translation type="vanished">Bestillingen står i kø for å bli sendt.</translation>
    </message>
    <message>
        <source>%1 orders are queued to be sent.</source>
        <translation type="vanished">%1 bestillinger står i kø for å bli sendt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/orders/wiring.py" line="+69"/>
        <source>%n order(s) are queued to be sent.</source>
        <translation>
            <numerusform>Bestillingen står i kø for å bli sendt.</numerusform>
            <numerusform>%n bestillinger står i kø for å bli sendt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxIndicator</name>
    <message numerus="yes">
        <source>%n order(s) waiting to be sent</source>
        <translation type="vanished">
            <numerusform>%n bestilling venter på å bli sendt</numerusform>
            <numerusform>%n bestillinger venter på å bli sendt</numerusform>
        </translation>
    </message>
    <message>
        <source>1 order waiting to be sent</source>
        <translation type="vanished">1 bestilling venter på å bli sendt</translation>
    </message>
    <message>
        <source>%1 orders waiting to be sent</source>
        <translation type="vanished">%1 bestillinger venter på å bli sendt</translation>
    </message>
    <message>
        <source>No orders waiting to be sent</source>
        <translation type="vanished">Ingen bestillinger venter på å bli sendt</translation>
    </message>
    <message>
        <source>Queued orders are kept on this computer and sent when the server answers.</source>
        <translation type="vanished">Bestillinger i kø lagres på denne datamaskinen og sendes når serveren svarer.</translation>
    </message>
    <message>
        <source>1 item waiting to be sent</source>
        <translation type="vanished">1 sak venter på å bli sendt</translation>
    </message>
    <message>
        <source>%1 items waiting to be sent</source>
        <translation type="vanished">%1 saker venter på å bli sendt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/orders/outbox_indicator.py" line="+23"/>
        <source>Nothing waiting to be sent</source>
        <translation>Ingenting venter på å bli sendt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders, questions and call-offs are kept here until the server answers.</source>
        <translation>Bestillinger, spørsmål og avrop lagres her til serveren svarer.</translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>%n item(s) waiting to be sent</source>
        <translation>
            <numerusform>%n sak venter på å bli sendt</numerusform>
            <numerusform>%n saker venter på å bli sendt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlacedDialog</name>
    <message>
        <location filename="../desktop/ui/cart/confirmation.py" line="+38"/>
        <source>Order placed</source>
        <translation>Bestillingen er lagt inn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders placed</source>
        <translation>Bestillingene er lagt inn</translation>
    </message>
    <message>
        <source>1 order placed for %1.</source>
        <translation type="vanished">1 bestilling lagt inn for %1.</translation>
    </message>
    <message>
        <source>%2 orders placed for %1.</source>
        <translation type="vanished">%2 bestillinger lagt inn for %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n order(s) placed for %1.</source>
        <translation>
            <numerusform>%n bestilling lagt inn for %1.</numerusform>
            <numerusform>%n bestillinger lagt inn for %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order</source>
        <translation>Bestilling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supplier</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Sum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The orders just placed</source>
        <translation>Bestillingene som nettopp ble lagt inn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The order gets its number when it is sent.</source>
        <translation>Bestillingen får nummeret sitt når den sendes.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The order is saved on this computer and sent as soon as the server can be reached. Follow it under Orders: there you see when the supplier confirms and when it is delivered.</source>
        <translation>Bestillingen er lagret på denne datamaskinen og sendes så snart serveren kan nås. Følg den under Bestillinger: der ser du når leverandøren bekrefter og når den leveres.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The orders are saved on this computer and sent as soon as the server can be reached. Follow them under Orders: there you see when the supplier confirms and when they are delivered.</source>
        <translation>Bestillingene er lagret på denne datamaskinen og sendes så snart serveren kan nås. Følg dem under Bestillinger: der ser du når leverandøren bekrefter og når de leveres.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Show in Orders</source>
        <translation>&amp;Vis under Bestillinger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the placed orders under Orders</source>
        <translation>Vis bestillingene som er lagt inn, under Bestillinger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the confirmation</source>
        <translation>Lukk bekreftelsen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delivery on %1</source>
        <translation>Levering %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery on the next delivery day, %1</source>
        <translation>Levering neste leveringsdag, %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delivery on the next delivery day</source>
        <translation>Levering neste leveringsdag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, to %2 (transshipment hub), for %3.</source>
        <translation>%1, til %2 (omlastingssentral), for %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, to %2.</source>
        <translation>%1, til %2.</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <location filename="../desktop/ui/shell/places.py" line="-83"/>
        <source>&amp;Find</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cart</source>
        <translation>&amp;Handlekurv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Orders</source>
        <translation>&amp;Bestillinger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Spend</source>
        <translation>&amp;Forbruk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>H&amp;jelp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find agreements, suppliers and products</source>
        <translation>Finn avtaler, leverandører og varer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you are about to order</source>
        <translation>Det du skal til å bestille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your orders and their status</source>
        <translation>Bestillingene dine og statusen deres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What your unit spends, and how much follows the agreements</source>
        <translation>Hva enheten bruker, og hvor mye som følger avtalene</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who you are, whom to ask, and keyboard keys</source>
        <translation>Hvem du er, hvem du kan spørre, og hurtigtaster</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting for your approval: %1</source>
        <translation>Venter på din godkjenning: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines in the cart: %1</source>
        <translation>Linjer i handlekurven: %1</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>S&amp;upport</source>
        <translation>S&amp;tøtte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Order templates, support bundles, and the units you support</source>
        <translation>Bestillingsmaler, supportpakker og enhetene du støtter</translation>
    </message>
</context>
<context>
    <name>PurchasesDialog</name>
    <message>
        <source>%1 invoices, together %2 (excluding VAT).</source>
        <translation type="vanished">%1 fakturaer, til sammen %2 (eksklusive mva.).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/spend/purchases_dialog.py" line="+110"/>
        <source>Close the list of invoices</source>
        <translation>Lukk listen med fakturaer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Eksporter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export these invoices to Excel or CSV</source>
        <translation>Eksporter fakturaene til Excel eller CSV</translation>
    </message>
    <message numerus="yes">
        <location line="-13"/>
        <source>%n invoice(s), together %1 (excluding VAT).</source>
        <translation>
            <numerusform>Én faktura på %1 (eksklusive mva.).</numerusform>
            <numerusform>%n fakturaer, til sammen %1 (eksklusive mva.).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../desktop/ui/shell/qt_texts.py" line="+15"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Se i:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>Fil&amp;navn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Filer av &amp;typen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As</source>
        <translation>Lagre som</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Fremover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Overordnet mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Opprett ny mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Folder</source>
        <translation>Ny mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>Listevisning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Detaljert visning</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Modified</source>
        <translation>Sist endret</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+7"/>
        <source>Show Details...</source>
        <translation>Vis detaljer …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Skjul detaljer …</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-7"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../desktop/ui/find/offagreement_dialog.py" line="+118"/>
        <source>Under the agreement: %1, %2 per %3.</source>
        <translation>Under avtalen: %1, %2 per %3.</translation>
    </message>
    <message>
        <source>Under the agreement, %1 costs %2 less per %3 (%4 less than this item).</source>
        <translation type="vanished">På avtalen koster %1 %2 mindre per %3 (%4 mindre enn denne varen).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Under the agreement, %1 costs %2 less per %3: this item costs %4 more.</source>
        <translation>Under avtalen koster %1 %2 mindre per %3: denne varen koster %4 mer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Under the agreement, %1 costs %2 more per %3, but buying under the agreement is still the rule.</source>
        <translation>Under avtalen koster %1 %2 mer per %3, men å kjøpe under avtalen er likevel regelen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Supplier ranked lower</source>
        <translation>Leverandør lenger ned i rangeringen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not first in rank on the agreement %2 (%3). Order from %4 first; choose this supplier only when they cannot deliver, and say why.</source>
        <translation>%1 er ikke først i rangeringen i avtalen %2 (%3). Bestill fra %4 først; velg denne leverandøren bare når de ikke kan levere, og skriv hvorfor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Show the first supplier&apos;s items</source>
        <translation>&amp;Vis den første leverandørens varer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not on an agreement</source>
        <translation>Ikke omfattet av en avtale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not under a framework agreement, but the agreement %2 (%3) covers it. Buy under the agreement: the prices are agreed and it counts for your unit.</source>
        <translation>%1 er ikke omfattet av en rammeavtale, men avtalen %2 (%3) dekker det. Kjøp under avtalen: prisene er avtalt, og det teller for enheten din.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Show the agreement&apos;s items</source>
        <translation>&amp;Vis avtalens varer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you still buy this, &amp;why?</source>
        <translation>Hvis du likevel kjøper dette, hv&amp;orfor?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for buying beside the agreement</source>
        <translation>Begrunnelse for kjøp utenfor avtalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. needed today, allergy, special size</source>
        <translation>f.eks. trengs i dag, allergi, spesialstørrelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Buy this anyway</source>
        <translation>&amp;Kjøp likevel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../desktop/ui/orders/receipt_dialog.py" line="+32"/>
        <source>Goods received for order %1</source>
        <translation>Mottatte varer for bestilling %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter how much arrived now. What is missing can be received later.</source>
        <translation>Angi hvor mye som kom nå. Det som mangler, kan mottas senere.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2 %3 outstanding)</source>
        <translation>%1 (%2 %3 gjenstår)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Received now of %1</source>
        <translation>Mottatt nå av %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note about the delivery</source>
        <translation>Merknad om leveransen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Merknad:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Everything arrived</source>
        <translation>&amp;Alt kom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark every line as received in full</source>
        <translation>Merk alle linjer som mottatt i sin helhet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save receipt</source>
        <translation>&amp;Lagre mottak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save what arrived</source>
        <translation>Lagre det som kom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without saving</source>
        <translation>Lukk uten å lagre</translation>
    </message>
</context>
<context>
    <name>RemovedBar</name>
    <message>
        <location filename="../desktop/ui/cart/undo_bar.py" line="+61"/>
        <source>“%1” was removed from the cart.</source>
        <translation>«%1» ble fjernet fra handlekurven.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the removed item back in the cart</source>
        <translation>Legg den fjernede varen tilbake i handlekurven</translation>
    </message>
</context>
<context>
    <name>ReorderAction</name>
    <message>
        <location filename="../desktop/ui/orders/reorder_action.py" line="+79"/>
        <source>Order aga&amp;in</source>
        <translation>Bestill ig&amp;jen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put this order&apos;s items in the cart again</source>
        <translation>Legg bestillingens varer i handlekurven igjen</translation>
    </message>
</context>
<context>
    <name>ReorderSummary</name>
    <message>
        <location line="+9"/>
        <source>Order again</source>
        <translation>Bestill igjen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was put in the cart</source>
        <translation>Det som ble lagt i handlekurven</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close this summary</source>
        <translation>Lukk oppsummeringen</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n item(s) put in the cart at today&apos;s prices.</source>
        <translation>
            <numerusform>%n vare er lagt i handlekurven til dagens pris.</numerusform>
            <numerusform>%n varer er lagt i handlekurven til dagens priser.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 item was put in the cart at today&apos;s price.</source>
        <translation type="vanished">1 vare ble lagt i handlekurven til dagens pris.</translation>
    </message>
    <message>
        <source>%1 items were put in the cart at today&apos;s prices.</source>
        <translation type="vanished">%1 varer ble lagt i handlekurven til dagens priser.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: was %2, now %3</source>
        <translation>%1: var %2, nå %3</translation>
    </message>
    <message>
        <source>%1: was %2, now %3 %4</source>
        <translation type="vanished">%1: var %2, nå %3 %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No longer in the catalogue, or not orderable as before:</source>
        <translation>Finnes ikke lenger i katalogen eller kan ikke bestilles som før:</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../desktop/ui/find/requests_panel.py" line="+44"/>
        <source>Asked</source>
        <translation>Spurt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you need</source>
        <translation>Hva du trenger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not sent: %1</source>
        <translation>Ikke sendt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new</source>
        <translation>ny</translation>
    </message>
</context>
<context>
    <name>RequestsPanel</name>
    <message>
        <location line="+152"/>
        <location line="+7"/>
        <source>Your questions to the procurement office</source>
        <translation>Dine spørsmål til innkjøpsavdelingen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Answers that point to an item or agreement (↗) open in Find: press Enter.</source>
        <translation>Svar som peker på en vare eller en avtale (↗), åpnes i Søk: trykk Enter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have not asked anything yet.</source>
        <translation>Du har ikke spurt om noe ennå.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask a &amp;new question…</source>
        <translation>Still et &amp;nytt spørsmål…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the procurement office</source>
        <translation>Spør innkjøpsavdelingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;answer</source>
        <translation>Åpne &amp;svaret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the answer</source>
        <translation>Åpne svaret</translation>
    </message>
</context>
<context>
    <name>ResultTexts</name>
    <message numerus="yes">
        <location filename="../desktop/ui/find/result_texts.py" line="+75"/>
        <source>+%n more supplier(s)</source>
        <translation>
            <numerusform>+%n leverandør til</numerusform>
            <numerusform>+%n leverandører til</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/ui/shell/settings_dialog.py" line="+75"/>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System language</source>
        <translation>Datamaskinens språk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new language is used at once. Numbers and dates follow it too.</source>
        <translation>Det nye språket brukes med en gang. Tall og datoer følger det også.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../desktop/ui/shell/sign_in_dialog.py" line="+268"/>
        <source>Sign in to Avrop</source>
        <translation>Logg inn i Avrop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to Avrop</source>
        <translation>Velkommen til Avrop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with the user name and password you got from your municipality.</source>
        <translation>Logg inn med brukernavnet og passordet du har fått av kommunen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Server address</source>
        <translation>&amp;Serveradresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name</source>
        <translation>&amp;Brukernavn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>&amp;Passord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Husk meg på denne datamaskinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://server.example.com</source>
        <translation>https://server.eksempel.no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember me on this computer</source>
        <translation>Husk meg på denne datamaskinen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeps you signed in, using this computer&apos;s password store.</source>
        <translation>Holder deg innlogget ved hjelp av datamaskinens passordlager.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Signing in…</source>
        <translation>Logger inn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in for this session &amp;only</source>
        <translation>Logg inn bare &amp;denne gangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in for this session only</source>
        <translation>Logg inn bare denne gangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;in</source>
        <translation>Logg &amp;inn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Logg inn</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>SpendChart</name>
    <message>
        <source>kr</source>
        <translation type="vanished">kr</translation>
    </message>
    <message>
        <location filename="../desktop/ui/spend/chart.py" line="+176"/>
        <source>Spend per month, split by how it was bought</source>
        <translation>Innkjøp per måned, fordelt på hvordan det ble kjøpt</translation>
    </message>
</context>
<context>
    <name>SpendColumns</name>
    <message>
        <location filename="../desktop/ui/spend/tables.py" line="+36"/>
        <source>Through Avrop</source>
        <translation>Via Avrop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On agreement, outside Avrop</source>
        <translation>På avtale, utenfor Avrop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beside the agreements</source>
        <translation>Utenfor avtalene</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>None yet – ask the procurement office</source>
        <translation>Ingen ennå – spør innkjøpsavdelingen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <location filename="../desktop/ui/spend/month_export.py" line="-152"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/ui/spend/tables.py" line="+5"/>
        <location line="+42"/>
        <location line="+19"/>
        <location line="+43"/>
        <source>Spend</source>
        <translation>Innkjøp</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/ui/spend/tables.py" line="-95"/>
        <location line="+97"/>
        <source>E-commerce share</source>
        <translation>E-handelsandel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/ui/spend/tables.py" line="-92"/>
        <location line="+32"/>
        <location line="+65"/>
        <source>Agreement compliance</source>
        <translation>Avtalelojalitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/ui/spend/tables.py" line="-92"/>
        <location line="+107"/>
        <source>Savings realised</source>
        <translation>Realisert besparelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/ui/spend/tables.py" line="-102"/>
        <location line="+27"/>
        <location line="+80"/>
        <source>Savings missed</source>
        <translation>Tapt besparelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/ui/spend/tables.py" line="-102"/>
        <location line="+41"/>
        <location line="+27"/>
        <source>Invoices</source>
        <translation>Fakturaer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/spend/tables.py" line="-60"/>
        <location line="+42"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>CPV</source>
        <translation>CPV</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+17"/>
        <location line="+103"/>
        <source>Supplier</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Bought beside the agreements</source>
        <translation>Kjøpt utenfor avtalene</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreement that covers it</source>
        <translation>Avtale som dekker behovet</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+94"/>
        <source>Saving missed</source>
        <translation>Tapt besparelse</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Compliance trend</source>
        <translation>Avtalelojalitet, utvikling</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreement compliance of the last three months against the first three</source>
        <translation>Avtalelojaliteten de siste tre månedene sammenlignet med de første tre</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>pp</source>
        <translation>%-poeng</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+36"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Budget</source>
        <translation>Budsjett</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Committed</source>
        <translation>Bundet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ordered, not yet invoiced</source>
        <translation>Bestilt, ennå ikke fakturert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spent</source>
        <translation>Forbrukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Igjen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Covered by %1</source>
        <translation>Dekkes av %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invoice date</source>
        <translation>Fakturadato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it was bought</source>
        <translation>Hvordan det ble kjøpt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Avtale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Bestilling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
</context>
<context>
    <name>SpendFormat</name>
    <message>
        <location filename="../desktop/ui/spend/format.py" line="+79"/>
        <source>just now</source>
        <translation>nettopp</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation type="vanished">for 1 minutt siden</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation type="vanished">for %1 minutter siden</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation type="vanished">for 1 time siden</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation type="vanished">for %1 timer siden</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation type="vanished">for 1 dag siden</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation type="vanished">for %1 dager siden</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>for %n minutt siden</numerusform>
            <numerusform>for %n minutter siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>for %n time siden</numerusform>
            <numerusform>for %n timer siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>for %n dag siden</numerusform>
            <numerusform>for %n dager siden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpendHeadline</name>
    <message>
        <location filename="../desktop/ui/spend/cards.py" line="+114"/>
        <source>Spend, 12 months</source>
        <translation>Innkjøp, 12 måneder</translation>
    </message>
    <message>
        <source>%1 invoices</source>
        <translation type="vanished">%1 fakturaer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-commerce share</source>
        <translation>E-handelsandel</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>All units: %1 · place %2 of %3</source>
        <translation>Alle enheter: %1 · plass %2 av %3</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Agreement compliance</source>
        <translation>Avtalelojalitet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Savings realised</source>
        <translation>Realisert besparelse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreement prices against list prices</source>
        <translation>Avtalepris sammenlignet med listepris</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Savings missed</source>
        <translation>Tapt besparelse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bought beside an agreement that covered it</source>
        <translation>Kjøpt utenom en avtale som dekket behovet</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+53"/>
        <source>Show invoices</source>
        <translation>Vis fakturaer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the invoices of %1 beside the agreements</source>
        <translation>Vis fakturaene fra %1 utenfor avtalene</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Largest supplier beside the agreements: &lt;b&gt;%1&lt;/b&gt;, %2.</source>
        <translation>Største leverandør utenfor avtalene: &lt;b&gt;%1&lt;/b&gt;, %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No agreement covers it yet: ask the procurement office.</source>
        <translation>Ingen avtale dekker det ennå: spør innkjøpsavdelingen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement that covers it: &lt;b&gt;%1 %2&lt;/b&gt;</source>
        <translation>Avtale som dekker behovet: &lt;b&gt;%1 %2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>order it in Avrop</source>
        <translation>bestill i Avrop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated saving missed: %1.</source>
        <translation>Anslått tapt besparelse: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="-60"/>
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln faktura</numerusform>
            <numerusform>%Ln fakturaer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpendMonthExport</name>
    <message>
        <location filename="../desktop/ui/spend/month_export.py" line="+27"/>
        <source>Summary</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other units</source>
        <translation>Andre enheter</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Beside the agreements</source>
        <translation>Utenfor avtalene</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suppliers</source>
        <translation>Leverandører</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invoices</source>
        <translation>Fakturaer</translation>
    </message>
</context>
<context>
    <name>SpendPage</name>
    <message>
        <location filename="../desktop/ui/spend/page.py" line="+195"/>
        <source>Opening the figures…</source>
        <translation>Åpner tallene…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Fetching the figures from the server…</source>
        <translation>Henter tallene fra serveren…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>You are offline and there are no figures of this unit on this computer yet. Connect to the network and update.</source>
        <translation>Du er frakoblet, og det finnes ennå ingen tall for enheten på denne datamaskinen. Koble til nettverket og oppdater.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Spend figures are for unit managers, superusers and the procurement office. Ask your manager for them.</source>
        <translation>Innkjøpstallene er for ledere, superbrukere og innkjøpsavdelingen. Spør lederen din om dem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no unit whose figures you may see.</source>
        <translation>Det finnes ingen enhet der du har lov til å se tallene.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 – bought beside the agreements</source>
        <translation>%1 – kjøpt utenfor avtalene</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="vanished">Innkjøp</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Unit whose figures are shown</source>
        <translation>Enhet som tallene vises for</translation>
    </message>
    <message>
        <source>&amp;Update figures</source>
        <translation type="vanished">&amp;Oppdater tallene</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Update the figures from the server</source>
        <translation>Oppdater tallene fra serveren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export table…</source>
        <translation>E&amp;ksporter tabellen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the table shown to Excel or CSV</source>
        <translation>Eksporter tabellen som vises til Excel eller CSV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spend per month. Green: ordered in Avrop. Blue: on an agreement, ordered outside Avrop. Orange: bought beside the agreements. Click a bar to see the invoices.</source>
        <translation>Innkjøp per måned. Grønn: bestilt i Avrop. Blå: på avtale, bestilt utenfor Avrop. Oransje: kjøpt utenfor avtalene. Klikk på en søyle for å se fakturaene.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>U&amp;pdate figures</source>
        <translation>&amp;Oppdater tallene</translation>
    </message>
</context>
<context>
    <name>SpendStatus</name>
    <message>
        <location filename="../desktop/ui/spend/status.py" line="+63"/>
        <source>%1: %2, invoices up to %3. Fetched %4.</source>
        <translation>%1: %2, fakturaer til og med %3. Hentet %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You are offline. These are the figures fetched %1 (%2); they are updated when the server can be reached again.</source>
        <translation>Du er frakoblet. Dette er tallene som ble hentet %1 (%2); de oppdateres når serveren kan nås igjen.</translation>
    </message>
</context>
<context>
    <name>SpendTabs</name>
    <message>
        <location filename="../desktop/ui/spend/tabs.py" line="+51"/>
        <source>Other units</source>
        <translation>Andre enheter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Beside the agreements</source>
        <translation>Utenfor avtalene</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Suppliers</source>
        <translation>Leverandører</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Months</source>
        <translation>Måneder</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Budget %1</source>
        <translation>Budsjett %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tables of the spend figures</source>
        <translation>Tabeller over forbruket</translation>
    </message>
</context>
<context>
    <name>SupportGlance</name>
    <message>
        <location filename="../desktop/ui/support/glance.py" line="-152"/>
        <source>Waiting for approval</source>
        <translation>Venter på godkjenning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected by the supplier</source>
        <translation>Avvist av leverandøren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined by the manager</source>
        <translation>Avslått av lederen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed by the supplier: check it</source>
        <translation>Endret av leverandøren: sjekk den</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent yet</source>
        <translation>Ikke sendt ennå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Besvart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orderer</source>
        <translation>Bestiller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit manager</source>
        <translation>Enhetsleder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Superuser</source>
        <translation>Superbruker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procurement office</source>
        <translation>Innkjøpsavdelingen</translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <location filename="../desktop/ui/support/page.py" line="+199"/>
        <source>Views of the unit&apos;s support</source>
        <translation>Visninger av enhetens støtte</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>At a glance</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order templates</source>
        <translation>Bestillingsmaler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support bundles</source>
        <translation>Supportpakker</translation>
    </message>
    <message>
        <source>One item put in the cart.</source>
        <translation type="vanished">Én vare lagt i handlekurven.</translation>
    </message>
    <message>
        <source>%1 items put in the cart.</source>
        <translation type="vanished">%1 varer lagt i handlekurven.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Template saved for the unit.</source>
        <translation>Malen er lagret for enheten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cart is empty: add items in Find first.</source>
        <translation>Handlekurven er tom: legg først til varer i Søk.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Support bundle sent.</source>
        <translation>Supportpakken er sendt.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+1"/>
        <source>Support</source>
        <translation>Støtte</translation>
    </message>
    <message numerus="yes">
        <location line="-60"/>
        <source>%n item(s) put in the cart.</source>
        <translation>
            <numerusform>Én vare lagt i handlekurven.</numerusform>
            <numerusform>%n varer lagt i handlekurven.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <location filename="../desktop/ui/shell/sync_labels.py" line="+12"/>
        <source>Syncing your account…</source>
        <translation>Synkroniserer kontoen din…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing units…</source>
        <translation>Synkroniserer enheter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing agreements…</source>
        <translation>Synkroniserer avtaler…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing suppliers…</source>
        <translation>Synkroniserer leverandører…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing catalogues…</source>
        <translation>Synkroniserer kataloger…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing guidance…</source>
        <translation>Synkroniserer veiledning…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing announcements…</source>
        <translation>Synkroniserer kunngjøringer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing orders…</source>
        <translation>Synkroniserer bestillinger…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync finished</source>
        <translation>Synkroniseringen er ferdig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing…</source>
        <translation>Synkroniserer…</translation>
    </message>
</context>
<context>
    <name>TableExporter</name>
    <message>
        <location filename="../desktop/ui/spend/export_actions.py" line="+55"/>
        <source>Save as</source>
        <translation>Lagre som</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV for regneark (*.csv)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file could not be saved: %1. Choose another folder and try again.</source>
        <translation>Filen kunne ikke lagres: %1. Velg en annen mappe og prøv igjen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1</source>
        <translation>Lagret: %1</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <location filename="../desktop/ui/support/templates_tab.py" line="+57"/>
        <source>Start a cart from this template</source>
        <translation>Fyll handlekurven fra malen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the unit&apos;s cart as a template…</source>
        <translation>Lagre enhetens handlekurv som mal…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the items in the cart from Find first; they become the template.</source>
        <translation>Legg først varene i handlekurven fra Søk; de blir malen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>Vare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Antall</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>In the catalogue</source>
        <translation>I katalogen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Order templates</source>
        <translation>Bestillingsmaler</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The unit has no order templates yet.</source>
        <translation>Enheten har ingen bestillingsmaler ennå.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gone; instead: %1</source>
        <translation>Utgått; i stedet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gone, and nothing like it on the agreement</source>
        <translation>Utgått, og ingenting lignende på avtalen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Items that left the catalogue go into the cart as their replacement.</source>
        <translation>Varer som er borte fra katalogen, legges i kurven som sin erstatning.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New order template</source>
        <translation>Ny bestillingsmal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the template:</source>
        <translation>Malens navn:</translation>
    </message>
</context>
</TS>

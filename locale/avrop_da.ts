<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>AgreementsModel</name>
    <message>
        <source>Order directly</source>
        <translation type="vanished">Bestil direkte</translation>
    </message>
    <message>
        <source>Ranked suppliers, in order</source>
        <translation type="vanished">Rangordnede leverandører, i rækkefølge</translation>
    </message>
    <message>
        <source>Mini-competition: ask the procurement office</source>
        <translation type="vanished">Miniudbud: spørg indkøbsafdelingen</translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="vanished">Nummer</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="vanished">Rammeaftale</translation>
    </message>
    <message>
        <source>How to order</source>
        <translation type="vanished">Sådan bestiller du</translation>
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
        <translation type="vanished">Indtil videre</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation type="vanished">%1 (udløbet)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="vanished">Ja</translation>
    </message>
    <message>
        <source>No, call or e-mail</source>
        <translation type="vanished">Nej, ring eller skriv</translation>
    </message>
    <message>
        <source>This agreement is not valid yet.</source>
        <translation type="vanished">Denne aftale gælder ikke endnu.</translation>
    </message>
    <message>
        <source>This agreement has expired. Do not order under it.</source>
        <translation type="vanished">Denne aftale er udløbet. Bestil ikke under den.</translation>
    </message>
</context>
<context>
    <name>AnnouncementBanner</name>
    <message>
        <location filename="../desktop/ui/find/announcements.py" line="+107"/>
        <source>News from the procurement office</source>
        <translation>Nyt fra indkøbsafdelingen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ne&amp;xt (%1 of %2)</source>
        <translation>Næ&amp;ste (%1 af %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ne&amp;xt</source>
        <translation>Næ&amp;ste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ll news</source>
        <translation>Alle nyh&amp;eder</translation>
    </message>
    <message>
        <source>&amp;Next (%1 of %2)</source>
        <translation type="vanished">&amp;Næste (%1 af %2)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="vanished">&amp;Næste</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Show the &amp;items</source>
        <translation>Vis va&amp;rerne</translation>
    </message>
    <message>
        <source>All &amp;news</source>
        <translation type="vanished">Alle n&amp;yheder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>AnnouncementsDialog</name>
    <message>
        <location line="+69"/>
        <source>News from the procurement office</source>
        <translation>Nyt fra indkøbsafdelingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announcements</source>
        <translation>Meddelelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No news from the procurement office yet.</source>
        <translation>Ingen nyheder fra indkøbsafdelingen endnu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../desktop/ui/shell/app_controller.py" line="+177"/>
        <source>Signing out…</source>
        <translation>Logger ud…</translation>
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
        <translation>Forbinder…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checking the connection to the server.</source>
        <translation>Kontrollerer forbindelsen til serveren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Online</source>
        <translation>Forbundet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connected to the server.</source>
        <translation>Forbundet til serveren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline</source>
        <translation>Ikke forbundet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server cannot be reached. You can keep working with the data on this computer; Avrop reconnects by itself.</source>
        <translation>Serveren kan ikke nås. Du kan arbejde videre med dataene på denne computer; Avrop forbinder igen af sig selv.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not synced yet</source>
        <translation>Ikke synkroniseret endnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last synced %1</source>
        <translation>Sidst synkroniseret %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in as %1</source>
        <translation>Logget ind som %1</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../desktop/ui/orders/approval_dialog.py" line="+38"/>
        <source>Approve order %1</source>
        <translation>Godkend bestilling %1</translation>
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
        <translation>Besked fra bestilleren: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No message.</source>
        <translation>Ingen besked.</translation>
    </message>
    <message>
        <source>… and %1 more lines</source>
        <translation type="vanished">… og %1 linjer mere</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Reason (required to decline):</source>
        <translation>&amp;Begrundelse (kræves for at afvise):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason for the decision</source>
        <translation>Begrundelse for beslutningen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Approve</source>
        <translation>&amp;Godkend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve the order</source>
        <translation>Godkend bestillingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decline</source>
        <translation>&amp;Afvis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline the order</source>
        <translation>Afvis bestillingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without deciding</source>
        <translation>Luk uden at beslutte</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The unit&apos;s approval limit is %1.</source>
        <translation>Enhedens godkendelsesgrænse er %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The budget of account %1 is not known on this computer.</source>
        <translation>Budgettet for konto %1 kendes ikke på denne computer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left on account %1 this year: %2 of %3.</source>
        <translation>Tilbage på konto %1 i år: %2 af %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write why you decline, so the orderer knows what to do.</source>
        <translation>Skriv, hvorfor du afviser, så bestilleren ved, hvad vedkommende skal gøre.</translation>
    </message>
    <message numerus="yes">
        <location line="-63"/>
        <source>… and %n more line(s)</source>
        <translation>
            <numerusform>… og %n linje mere</numerusform>
            <numerusform>… og %n linjer mere</numerusform>
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
        <translation>Hvad pakken indeholder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the support bundle</source>
        <translation>Luk supportpakken</translation>
    </message>
</context>
<context>
    <name>BundlesTab</name>
    <message>
        <location line="+37"/>
        <source>Something not working? Send your superuser a support bundle: the app&apos;s version, when it last synced, what waits to be sent and recent messages. No passwords, no sign-in tokens.</source>
        <translation>Virker noget ikke? Send din superbruger en supportpakke: appens version, hvornår den sidst synkroniserede, hvad der venter på at blive sendt og de seneste meddelelser. Ingen adgangskoder, ingen login-nøgler.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send a support bundle…</source>
        <translation>Send en supportpakke…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Åbn</translation>
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
        <translation>Besked</translation>
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
        <translation>Hvad gik galt? (valgfrit)</translation>
    </message>
</context>
<context>
    <name>CallOffDialog</name>
    <message>
        <location filename="../desktop/ui/find/calloff_dialog.py" line="+165"/>
        <source>Record a call-off</source>
        <translation>Registrér et afrop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You ordered under %1 (%2) by phone, e-mail or the supplier&apos;s web shop. Record it here so it counts as bought under the agreement.</source>
        <translation>Du bestilte under %1 (%2) på telefon, e-mail eller i leverandørens webshop. Registrér det her, så tæller købet som foretaget under aftalen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Supplier:</source>
        <translation>&amp;Leverandør:</translation>
    </message>
    <message>
        <source>&amp;Amount excl. VAT (SEK):</source>
        <translation type="vanished">&amp;Beløb ekskl. moms (SEK):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What did you order?</source>
        <translation>&amp;Hvad bestilte du?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ordered on:</source>
        <translation>Bestilt &amp;den:</translation>
    </message>
    <message>
        <source>&amp;Why not a supplier ranked higher?</source>
        <translation type="vanished">H&amp;vorfor ikke en leverandør, der er rangeret højere?</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Amount excl. VAT:</source>
        <translation>&amp;Beløb ekskl. moms:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W&amp;hy not a supplier ranked higher?</source>
        <translation>H&amp;vorfor ikke en leverandør højere i rækkefølgen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For &amp;unit:</source>
        <translation>For &amp;enhed:</translation>
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
        <translation>Beløb ekskl. moms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 4500</source>
        <translation>f.eks. 4500</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you ordered</source>
        <translation>Hvad du bestilte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Ordered on</source>
        <translation>Bestilt den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why not a supplier ranked higher</source>
        <translation>Hvorfor ikke en leverandør højere i rækkefølgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. supplier 1 could not come this week</source>
        <translation>f.eks. leverandør 1 kunne ikke komme i denne uge</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>For unit</source>
        <translation>For enhed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record</source>
        <translation>&amp;Registrér</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Registrér</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
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
        <translation>Antal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
</context>
<context>
    <name>CartPage</name>
    <message>
        <location filename="../desktop/ui/cart/page.py" line="+218"/>
        <source>Cart for %1</source>
        <translation>Indkøbskurv til %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cart</source>
        <translation>Indkøbskurv</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&amp;Place %n order(s)</source>
        <translation>
            <numerusform>&amp;Afgiv bestillingen</numerusform>
            <numerusform>&amp;Afgiv %n bestillinger</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cart is empty. Find items and add them here.</source>
        <translation>Indkøbskurven er tom. Find varer, og læg dem her.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n order(s), one per supplier. Total %1.</source>
        <translation>
            <numerusform>Én bestilling. I alt %1.</numerusform>
            <numerusform>%n bestillinger, én pr. leverandør. I alt %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delivered to %1 (transshipment hub), for %2.</source>
        <translation>Leveres til %1 (omlastningscentral), til %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivered to %1, %2.</source>
        <translation>Leveres til %1, %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Next delivery day</source>
        <translation>Næste leveringsdag</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s), one per supplier. Total %1 SEK.</source>
        <translation type="vanished">
            <numerusform>Én bestilling. I alt %1 SEK.</numerusform>
            <numerusform>%n bestillinger, én pr. leverandør. I alt %1 SEK.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/cart/review_html.py" line="+31"/>
        <source>beside the agreements</source>
        <translation>uden for aftalerne</translation>
    </message>
    <message>
        <source>%1 — %2 — %3 %4</source>
        <translation type="vanished">%1 — %2 — %3 %4</translation>
    </message>
    <message>
        <source>Account %1: %2 %3 left of the budget before this order.</source>
        <translation type="vanished">Konto %1: %2 %3 tilbage af budgettet før denne bestilling.</translation>
    </message>
    <message>
        <source>“%1” is not a quantity. Type a number.</source>
        <translation type="vanished">“%1” er ikke et antal. Skriv et tal.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) placed. They are saved on this computer and sent as soon as the server can be reached; follow them under Orders.</source>
        <translation type="vanished">
            <numerusform>%n bestilling afgivet. Den er gemt på denne computer og sendes, så snart serveren kan nås; følg den under Bestillinger.</numerusform>
            <numerusform>%n bestillinger afgivet. De er gemt på denne computer og sendes, så snart serveren kan nås; følg dem under Bestillinger.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Place the order</source>
        <translation type="vanished">&amp;Afgiv bestillingen</translation>
    </message>
    <message>
        <source>&amp;Place %1 orders</source>
        <translation type="vanished">&amp;Afgiv %1 bestillinger</translation>
    </message>
    <message>
        <source>One order. Total %1 SEK.</source>
        <translation type="vanished">Én bestilling. I alt %1 SEK.</translation>
    </message>
    <message>
        <source>%2 orders, one per supplier. Total %1 SEK.</source>
        <translation type="vanished">%2 bestillinger, én pr. leverandør. I alt %1 SEK.</translation>
    </message>
    <message>
        <source>One order. Total %1.</source>
        <translation type="vanished">Én bestilling. I alt %1.</translation>
    </message>
    <message>
        <source>%2 orders, one per supplier. Total %1.</source>
        <translation type="vanished">%2 bestillinger, én pr. leverandør. I alt %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account %1: %2 left of the budget before this order.</source>
        <translation>Konto %1: %2 tilbage af budgettet før denne bestilling.</translation>
    </message>
    <message>
        <source>The order is placed.</source>
        <translation type="vanished">Bestillingen er afgivet.</translation>
    </message>
    <message>
        <source>%1 orders are placed.</source>
        <translation type="vanished">%1 bestillinger er afgivet.</translation>
    </message>
    <message>
        <source>It is saved on this computer and sent as soon as the server can be reached; follow it under Orders.</source>
        <translation type="vanished">Den er gemt på denne computer og sendes, så snart serveren kan nås; følg den under Bestillinger.</translation>
    </message>
    <message>
        <source>They are saved on this computer and sent as soon as the server can be reached; follow them under Orders.</source>
        <translation type="vanished">De er gemt på denne computer og sendes, så snart serveren kan nås; følg dem under Bestillinger.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cart/page.py" line="+91"/>
        <source>Nothing was placed: fix what the list above says.</source>
        <translation>Intet blev afgivet: ret det, som listen ovenfor siger.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Items in the cart</source>
        <translation>Varer i indkøbskurven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a new quantity to change it; Delete removes the item.</source>
        <translation>Skriv et nyt antal for at ændre det; Delete fjerner varen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove item</source>
        <translation>Fjern va&amp;re</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected item from the cart</source>
        <translation>Fjern den valgte vare fra indkøbskurven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders to be placed and what to check</source>
        <translation>Bestillinger, der skal afgives, og hvad du skal tjekke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delivery date:</source>
        <translation>&amp;Leveringsdato:</translation>
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
        <translation>Be&amp;sked til leverandøren:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note to the supplier</source>
        <translation>Besked til leverandøren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why beside the agreements:</source>
        <translation>&amp;Hvorfor uden for aftalerne:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for buying beside the agreements</source>
        <translation>Grund til at købe uden for aftalerne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place the orders</source>
        <translation>Afgiv bestillingerne</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cart/review_html.py" line="+15"/>
        <source>Ready to place.</source>
        <translation>Klar til at afgive.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) are placed.</source>
        <translation type="vanished">
            <numerusform>Bestillingen er afgivet.</numerusform>
            <numerusform>%n bestillinger er afgivet.</numerusform>
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
        <translation>Avrop skal lukkes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avrop ran into a problem it did not expect and must close. What was saved on this computer is kept; queued orders are sent after the next start.</source>
        <translation>Avrop stødte på et uventet problem og skal lukkes. Det, der er gemt på denne computer, bevares; ordrer i kø sendes efter næste start.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>If it happens again, send the details to your IT support. They are saved in %1.</source>
        <translation>Hvis det sker igen, så send detaljerne til din IT-support. De er gemt i %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details of the problem</source>
        <translation>Detaljer om problemet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Kopiér detaljer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy details</source>
        <translation>Kopiér detaljer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lose Avrop</source>
        <translation>&amp;Luk Avrop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close Avrop</source>
        <translation>Luk Avrop</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copied</source>
        <translation>Kopieret</translation>
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
        <translation>Bestillingen, som leverandøren modtager den</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Avrop cannot read this document as an order; its text is below.</source>
        <translation>Avrop kan ikke læse dokumentet som en bestilling; teksten står nedenfor.</translation>
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
        <translation>Ordredokumentet, som serveren modtog det</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close the document</source>
        <translation>Luk dokumentet</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../desktop/ui/shell/error_table.py" line="+15"/>
        <source>Too many failed sign-ins. Wait a quarter of an hour, then try again; if you have forgotten your password, ask the procurement office.</source>
        <translation>For mange mislykkede logins. Vent et kvarter, og prøv så igen; har du glemt din adgangskode, så spørg indkøbsafdelingen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The user name or password is wrong. Check them and try again.</source>
        <translation>Brugernavnet eller adgangskoden er forkert. Kontrollér dem, og prøv igen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Avrop cannot reach the server. Check your network connection and try again. You can keep working with the data on this computer meanwhile.</source>
        <translation>Avrop kan ikke nå serveren. Kontrollér netværksforbindelsen, og prøv igen. I mellemtiden kan du arbejde videre med dataene på denne computer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server had a problem and could not answer. Try again in a few minutes; if it keeps happening, contact the procurement office.</source>
        <translation>Serveren havde et problem og kunne ikke svare. Prøv igen om nogle minutter; hvis det bliver ved, så kontakt indkøbsafdelingen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Avrop cannot use this computer&apos;s password store (keyring), so it cannot remember your sign-in. You can sign in for this session only.</source>
        <translation>Avrop kan ikke bruge computerens adgangskodelager (nøglering) og kan derfor ikke huske dit login. Du kan logge ind kun denne gang.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server address must start with https://. Plain http:// is only allowed for this computer. Check the address with the procurement office.</source>
        <translation>Serveradressen skal begynde med https://. Almindelig http:// er kun tilladt for denne computer. Tjek adressen med indkøbsafdelingen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server address is not valid. Enter it as https://server.example.com.</source>
        <translation>Serveradressen er ikke gyldig. Skriv den som https://server.eksempel.dk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s security certificate could not be verified. Do not continue; contact your IT support.</source>
        <translation>Serverens sikkerhedscertifikat kunne ikke bekræftes. Fortsæt ikke; kontakt din IT-support.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data on this computer was saved by a newer version of Avrop. Install the newest version of Avrop to open it.</source>
        <translation>Dataene på denne computer blev gemt af en nyere version af Avrop. Installér den nyeste version af Avrop for at åbne dem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your sign-in has expired. Sign in again to continue.</source>
        <translation>Dit login er udløbet. Log ind igen for at fortsætte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your sign-in is no longer valid. Sign in again to continue.</source>
        <translation>Dit login er ikke længere gyldigt. Log ind igen for at fortsætte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are not signed in. Sign in to continue.</source>
        <translation>Du er ikke logget ind. Log ind for at fortsætte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are not allowed to do this. Ask your manager or the procurement office if you need access.</source>
        <translation>Du har ikke adgang til at gøre dette. Spørg din leder eller indkøbsafdelingen, hvis du har brug for adgang.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server no longer has this item. Sync and try again.</source>
        <translation>Serveren har ikke længere dette. Synkronisér, og prøv igen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some of the information is not valid. Check the highlighted field and try again.</source>
        <translation>Nogle af oplysningerne er ikke gyldige. Kontrollér det markerede felt, og prøv igen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>The server sent an answer Avrop does not understand. Contact the procurement office.</source>
        <translation>Serveren sendte et svar, som Avrop ikke forstår. Kontakt indkøbsafdelingen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is too large to send. Make it smaller and try again.</source>
        <translation>Dette er for stort til at blive sendt. Gør det mindre, og prøv igen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a catalogue snapshot Avrop can use. Build it again with “avrop catalogue snapshot”.</source>
        <translation>Dette er ikke et katalogøjebliksbillede, som Avrop kan bruge. Byg det igen med »avrop catalogue snapshot«.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another catalogue snapshot is being published just now. Try again in a minute.</source>
        <translation>Et andet katalogøjebliksbillede bliver offentliggjort lige nu. Prøv igen om et minut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please fill in all fields.</source>
        <translation>Udfyld alle felter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Avrop cannot read its data on this computer. Contact your IT support; do not delete any files.</source>
        <translation>Avrop kan ikke læse sine data på denne computer. Kontakt din IT-support; slet ingen filer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Avrop could not update its data on this computer. Nothing was lost: a backup was made. Contact your IT support.</source>
        <translation>Avrop kunne ikke opdatere sine data på denne computer. Intet gik tabt: der blev lavet en sikkerhedskopi. Kontakt din IT-support.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The demo could not start. Close Avrop and try again.</source>
        <translation>Demoen kunne ikke starte. Luk Avrop, og prøv igen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Syncing did not finish. The data you had before is kept. Try again with File → Sync now.</source>
        <translation>Synkroniseringen blev ikke færdig. De data, du havde før, er bevaret. Prøv igen med Filer → Synkroniser nu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server could not understand the request. Try again; if it keeps happening, contact the procurement office.</source>
        <translation>Serveren kunne ikke forstå forespørgslen. Prøv igen; hvis det bliver ved, så kontakt indkøbsafdelingen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server had an unexpected problem. Try again in a few minutes; if it keeps happening, contact the procurement office.</source>
        <translation>Serveren fik et uventet problem. Prøv igen om nogle minutter; hvis det bliver ved, så kontakt indkøbsafdelingen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server does not offer this. Install the newest version of Avrop.</source>
        <translation>Serveren tilbyder ikke dette. Installer den nyeste version af Avrop.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server cannot answer in a form Avrop reads. Install the newest version of Avrop.</source>
        <translation>Serveren kan ikke svare i en form, Avrop kan læse. Installer den nyeste version af Avrop.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server does not accept what Avrop sent. Install the newest version of Avrop.</source>
        <translation>Serveren modtager ikke det, Avrop sendte. Installer den nyeste version af Avrop.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused a request without its safety key. Install the newest version of Avrop; if it keeps happening, contact your IT support.</source>
        <translation>Serveren afviste en forespørgsel uden dens sikkerhedsnøgle. Installer den nyeste version af Avrop; hvis det bliver ved, så kontakt din IT-support.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server already received something different under the same safety key, so it refused this. Nothing was sent twice. Contact the procurement office.</source>
        <translation>Serveren har allerede modtaget noget andet med den samme sikkerhedsnøgle, så den afviste dette. Intet blev sendt to gange. Kontakt indkøbsafdelingen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server is still handling this. Avrop tries again by itself in a moment.</source>
        <translation>Serveren arbejder stadig på dette. Avrop prøver igen af sig selv om et øjeblik.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server already has this order, so it was not sent twice. Follow it under Orders.</source>
        <translation>Serveren har allerede denne ordre, så den blev ikke sendt to gange. Følg den under Bestillinger.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This item is no longer in the cart. Look at the cart again.</source>
        <translation>Varen er ikke længere i indkøbskurven. Se på indkøbskurven igen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The delivery names an item that is not in the order. Check the delivery against the order.</source>
        <translation>Leverancen nævner en vare, der ikke er i ordren. Sammenlign leverancen med ordren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This order cannot be marked as received now. Sync (F5) and look at its state under Orders.</source>
        <translation>Ordren kan ikke markeres som modtaget nu. Synkroniser (F5) og se dens status under Bestillinger.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A received quantity cannot be below zero. Correct the number.</source>
        <translation>En modtaget mængde kan ikke være under nul. Ret tallet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The supplier&apos;s answer names an item that is not in the order. Contact the supplier.</source>
        <translation>Leverandørens svar nævner en vare, der ikke er i ordren. Kontakt leverandøren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The supplier&apos;s answer leaves out items of the order. Contact the supplier.</source>
        <translation>Leverandørens svar udelader varer fra ordren. Kontakt leverandøren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The supplier&apos;s answer lists items it should not. Contact the supplier.</source>
        <translation>Leverandørens svar oplister varer, det ikke burde. Kontakt leverandøren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order does not wait for an answer from the supplier now. Sync (F5) and look at its state under Orders.</source>
        <translation>Ordren venter ikke på svar fra leverandøren nu. Synkroniser (F5) og se dens status under Bestillinger.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The supplier&apos;s answer has a quantity below zero. Contact the supplier.</source>
        <translation>Leverandørens svar har en mængde under nul. Kontakt leverandøren.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Something went wrong. Try again; if it keeps happening, contact the procurement office.</source>
        <translation>Noget gik galt. Prøv igen; hvis det bliver ved, så kontakt indkøbsafdelingen.</translation>
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
        <translation>Varen findes ikke længere i kataloget.</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Choose the unit you order for first.</source>
        <translation>Vælg først, hvilken enhed du bestiller til.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added to the cart: %1</source>
        <translation>Lagt i kurven: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Call-off under %1 (%2): </source>
        <translation>Afrop under %1 (%2): </translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Downloading the catalogue…</source>
        <translation>Henter kataloget…</translation>
    </message>
    <message>
        <source>Your question is saved and goes to the procurement office as soon as Avrop is online. You find the answer under Help.</source>
        <translation type="vanished">Dit spørgsmål er gemt og sendes til indkøbsafdelingen, så snart Avrop er online. Svaret finder du under Hjælp.</translation>
    </message>
    <message>
        <source>The call-off is recorded; it counts as bought under the agreement.</source>
        <translation type="vanished">Afroppet er registreret og tæller som købt under aftalen.</translation>
    </message>
    <message>
        <source>Your question is saved; it goes to the office when you are online.</source>
        <translation type="vanished">Spørgsmålet er gemt og sendes, når du er online.</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Your question is saved and goes to the procurement office as soon as Avrop is online. Their answer comes under Help (Ctrl+5).</source>
        <translation>Spørgsmålet er gemt og sendes til indkøbsafdelingen, så snart Avrop er online. Svaret kommer under Hjælp (Ctrl+5).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The call-off is recorded under the agreement.</source>
        <translation>Afroppet er registreret under aftalen.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Updating guidance and catalogues…</source>
        <translation>Opdaterer vejledning og kataloger…</translation>
    </message>
    <message>
        <source>Updating catalogues: supplier %1 of %2 (%3), %4 lines</source>
        <translation type="vanished">Opdaterer kataloger: leverandør %1 af %2 (%3), %4 linjer</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> at line %1</source>
        <translation> i linje %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The catalogue of %1 could not be updated (an error%2). Avrop uses the one from the last good sync: %3.</source>
        <translation>Kataloget fra %1 kunne ikke opdateres (en fejl%2). Avrop bruger det fra den seneste vellykkede synkronisering: %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Offline: showing the catalogues from the last sync.</source>
        <translation>Offline: viser katalogerne fra den seneste synkronisering.</translation>
    </message>
    <message numerus="yes">
        <location line="-40"/>
        <source>Updating catalogues: supplier %1 of %2 (%3), %Ln line(s)</source>
        <translation>
            <numerusform>Opdaterer kataloger: leverandør %1 af %2 (%3), %Ln linje</numerusform>
            <numerusform>Opdaterer kataloger: leverandør %1 af %2 (%3), %Ln linjer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindFavourites</name>
    <message>
        <location filename="../desktop/ui/find/favourites.py" line="+89"/>
        <source>Added to your favourites.</source>
        <translation>Tilføjet til dine favoritter.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed from your favourites.</source>
        <translation>Fjernet fra dine favoritter.</translation>
    </message>
    <message>
        <source>%1 favourites.</source>
        <translation type="vanished">%1 favoritter.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No favourites yet: choose an item and star it (%1).</source>
        <translation>Ingen favoritter endnu: vælg en vare og marker den med en stjerne (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No longer in the catalogue: %1</source>
        <translation>Findes ikke længere i kataloget: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Favourites</source>
        <translation>Favoritter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show my favourites</source>
        <translation>Vis mine favoritter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your starred items; star the chosen item with Ctrl+D</source>
        <translation>Dine stjernemarkerede varer; marker den valgte vare med Ctrl+D</translation>
    </message>
    <message numerus="yes">
        <location line="-21"/>
        <source>%n favourite(s).</source>
        <translation>
            <numerusform>%n favorit.</numerusform>
            <numerusform>%n favoritter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindPage</name>
    <message>
        <source>No agreements on this computer yet. Sync with File → Sync now (F5).</source>
        <translation type="vanished">Ingen aftaler på denne computer endnu. Synkronisér med Filer → Synkroniser nu (F5).</translation>
    </message>
    <message>
        <source>No agreement matches. Try another word, or ask the procurement office.</source>
        <translation type="vanished">Ingen aftale passer. Prøv et andet ord, eller spørg indkøbsafdelingen.</translation>
    </message>
    <message>
        <source>Agreements shown: %1</source>
        <translation type="vanished">Viste aftaler: %1</translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="vanished">Søg</translation>
    </message>
    <message>
        <source>These are your municipality&apos;s framework agreements. Buy under them: the prices are agreed and the purchase follows the rules. Product search is coming soon.</source>
        <translation type="vanished">Dette er kommunens rammeaftaler. Køb under dem: priserne er aftalt, og købet følger reglerne. Søgning efter varer kommer snart.</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation type="vanished">Fi&amp;ltrér:</translation>
    </message>
    <message>
        <source>Type a word, e.g. coffee or paper</source>
        <translation type="vanished">Skriv et ord, f.eks. kaffe eller papir</translation>
    </message>
    <message>
        <source>Filter agreements</source>
        <translation type="vanished">Filtrér aftaler</translation>
    </message>
    <message>
        <source>Framework agreements</source>
        <translation type="vanished">Rammeaftaler</translation>
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
        <translation>Aftale</translation>
    </message>
    <message>
        <location filename="../desktop/ui/find/results_model.py" line="+2"/>
        <source>Labels</source>
        <translation>Mærkning</translation>
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
        <translation>Ikke aftale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement not valid</source>
        <translation>Aftalen gælder ikke</translation>
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
        <translation type="vanished">S&amp;ortér efter:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/find/sorting.py" line="+89"/>
        <source>Best match, best offer first</source>
        <translation>Bedste match, bedste tilbud først</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price, lowest first</source>
        <translation>Pris, lavest først</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price (per kg, litre, piece), lowest first</source>
        <translation>Enhedspris (pr. kg, liter, stk.), lavest først</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier, A to Z</source>
        <translation>Leverandør, A–Å</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving against the list price, largest first</source>
        <translation>Besparelse i forhold til listeprisen, størst først</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Sort the results by</source>
        <translation>Sortér resultaterne efter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The saving is how much below the supplier&apos;s list price the agreement price is. The best match shows each product once, with the first choice among its suppliers&apos; offers.</source>
        <translation>Besparelsen er, hvor meget lavere aftaleprisen er end leverandørens listepris. Bedste match viser hvert produkt én gang med førstevalget blandt leverandørernes tilbud.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Sort &amp;by:</source>
        <translation>S&amp;ortér efter:</translation>
    </message>
</context>
<context>
    <name>FindTexts</name>
    <message>
        <location filename="../desktop/ui/find/texts.py" line="+31"/>
        <source>Direct call-off</source>
        <translation>Direkte afrop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranked suppliers</source>
        <translation>Rangordnede leverandører</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mini-competition</source>
        <translation>Miniudbud</translation>
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
        <translation>kasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ream</source>
        <translation>ris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pair</source>
        <translation>par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set</source>
        <translation>sæt</translation>
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
        <translation>Svanemærket</translation>
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
        <translation>Når I kan (inden for en måned)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within a week</source>
        <translation>Inden for en uge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent (within two days)</source>
        <translation>Haster (inden for to dage)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Waiting to be sent</source>
        <translation>Venter på at blive sendt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the procurement office</source>
        <translation>Hos indkøbsafdelingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Besvaret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/error_table.py" line="-57"/>
        <source>Describe what you need, in a sentence or two.</source>
        <translation>Beskriv, hvad du har brug for, med en eller to sætninger.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The description is too long. Keep it under 2,000 characters.</source>
        <translation>Beskrivelsen er for lang. Hold den under 2.000 tegn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose one of the units you order for.</source>
        <translation>Vælg en af de enheder, du bestiller til.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The quantity is too long. Write it shortly, e.g. 20 or about 5 boxes.</source>
        <translation>Antallet er for langt. Skriv kort, f.eks. 20 eller ca. 5 kasser.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the estimated amount as a number, e.g. 1500 or 1500.50.</source>
        <translation>Skriv det anslåede beløb som et tal, f.eks. 1500 eller 1500,50.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avrop does not know this agreement. Sync (F5) and try again.</source>
        <translation>Avrop kender ikke denne aftale. Synkronisér (F5), og prøv igen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose one of the agreement&apos;s suppliers.</source>
        <translation>Vælg en af aftalens leverandører.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The order date cannot be in the future. Record the call-off once it is made.</source>
        <translation>Bestillingsdatoen kan ikke ligge i fremtiden. Registrér afroppet, når det er foretaget.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agreement was not valid on that date. Check the date.</source>
        <translation>Aftalen gjaldt ikke på den dato. Kontrollér datoen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the amount excluding VAT, above zero, e.g. 4500 or 4500.50.</source>
        <translation>Skriv beløbet ekskl. moms, over nul, f.eks. 4500 eller 4500,50.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write what you ordered, e.g. &apos;Taxi to the swimming hall&apos;.</source>
        <translation>Skriv, hvad du bestilte, f.eks. &apos;Taxa til svømmehallen&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This supplier is not first in rank. Write why the suppliers before it could not deliver.</source>
        <translation>Denne leverandør er ikke først i rækkefølgen. Skriv, hvorfor leverandørerne før ikke kunne levere.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reason is too long. Keep it under 500 characters.</source>
        <translation>Begrundelsen er for lang. Hold den under 500 tegn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This agreement&apos;s items are in Avrop: search for them and order here.</source>
        <translation>Aftalens varer findes i Avrop: søg dem frem, og bestil her.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The supplier&apos;s catalogue has errors, so Avrop keeps the one it had. The procurement office has been told.</source>
        <translation>Leverandørens katalog indeholder fejl, så Avrop beholder det, der var. Indkøbsafdelingen er blevet informeret.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The supplier&apos;s catalogue could not be read, so Avrop keeps the one it had.</source>
        <translation>Leverandørens katalog kunne ikke læses, så Avrop beholder det, der var.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a short reason, so the unit&apos;s figures can explain the purchase.</source>
        <translation>Skriv en kort begrundelse, så enhedens tal kan forklare købet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/find/texts.py" line="-28"/>
        <source>KRAV (organic)</source>
        <translation>KRAV (økologisk)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danish Ø label (organic)</source>
        <translation>Ø-mærket (økologisk)</translation>
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
        <translation>Aftalens varer er ikke kommet til denne computer endnu: synkronisér, eller spørg indkøbsafdelingen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This agreement&apos;s items are not in Avrop&apos;s shop: follow its instructions above, or ask the procurement office.</source>
        <translation>Aftalens varer findes ikke i Avrops butik: følg vejledningen ovenfor, eller spørg indkøbsafdelingen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No item in Avrop is called “%1”. Under this agreement the procurement office runs the call-off: send them your need above.</source>
        <translation>Ingen vare i Avrop hedder ”%1”. Under denne aftale står indkøbsafdelingen for afroppet: send dem dit behov ovenfor.</translation>
    </message>
</context>
<context>
    <name>FindView</name>
    <message>
        <location filename="../desktop/ui/find/view.py" line="+257"/>
        <source>Searching…</source>
        <translation>Søger…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing found.</source>
        <translation>Intet fundet.</translation>
    </message>
    <message>
        <source>%1 items, agreement items first.</source>
        <translation type="vanished">%1 varer, aftalevarer først.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No item in Avrop matches “%1”. Try another word, or ask the procurement office: they find it for you.</source>
        <translation>Ingen vare i Avrop passer til “%1”. Prøv et andet ord, eller spørg indkøbsafdelingen: de finder det for dig.</translation>
    </message>
    <message>
        <source>This agreement&apos;s items are not in Avrop&apos;s shop: follow its instructions above, or ask the procurement office.</source>
        <translation type="vanished">Aftalens varer findes ikke i Avrops butik: følg vejledningen ovenfor, eller spørg indkøbsafdelingen.</translation>
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
        <translation>Søg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What do you &amp;need?</source>
        <translation>Hvad har &amp;du brug for?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a word, e.g. coffee, bread, nappies</source>
        <translation>Skriv et ord, f.eks. kaffe, brød, bleer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What do you need</source>
        <translation>Hvad har du brug for</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ne&amp;ws</source>
        <translation>N&amp;yheder</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Su&amp;pplier:</source>
        <translation>Le&amp;verandør:</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>No catalogue yet: the items show here once it is synced.</source>
        <translation>Intet katalog endnu: varerne vises her, når det er synkroniseret.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Agreement:</source>
        <translation>&amp;Aftale:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agreement filter</source>
        <translation>Aftalefilter</translation>
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
        <translation>Kun &amp;miljømærket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eco-labelled only</source>
        <translation>Kun miljømærket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>News from the procurement office</source>
        <translation>Nyt fra indkøbsafdelingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can&apos;t find it? Ask the procurement office</source>
        <translation>Kan du ikke finde det? Spørg indkøbsafdelingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the procurement office…</source>
        <translation>Spørg indkøbsafdelingen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the procurement office</source>
        <translation>Spørg indkøbsafdelingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items found</source>
        <translation>Fundne varer</translation>
    </message>
    <message numerus="yes">
        <location line="-117"/>
        <source>%Ln item(s), agreement items first.</source>
        <translation>
            <numerusform>%Ln vare, aftalevarer først.</numerusform>
            <numerusform>%Ln varer, aftalevarer først.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindWiring</name>
    <message>
        <source>The procurement office has answered you: see Help (Ctrl+5).</source>
        <translation type="vanished">Indkøbsafdelingen har svaret dig: se Hjælp (Ctrl+5).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/find/wiring.py" line="+102"/>
        <source>The office has answered you: see Help.</source>
        <translation>Indkøbsafdelingen har svaret: se Hjælp.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n item picture(s) were refused as unsafe.</source>
        <translation>
            <numerusform>%n varebillede blev afvist som usikkert.</numerusform>
            <numerusform>%n varebilleder blev afvist som usikre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) from the server were refused as unsafe.</source>
        <translation type="vanished">
            <numerusform>%n billede fra serveren blev afvist som usikkert.</numerusform>
            <numerusform>%n billeder fra serveren blev afvist som usikre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstFindPage</name>
    <message>
        <location filename="../desktop/ui/find/first_paint.py" line="+101"/>
        <source>Searching…</source>
        <translation>Søger…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing found.</source>
        <translation>Intet fundet.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Avrop</source>
        <translation>Avrop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What do you &amp;need?</source>
        <translation>Hvad har &amp;du brug for?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a word, e.g. coffee, bread, nappies</source>
        <translation>Skriv et ord, f.eks. kaffe, brød, bleer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What do you need</source>
        <translation>Hvad har du brug for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items found</source>
        <translation>Fundne varer</translation>
    </message>
</context>
<context>
    <name>GlanceTab</name>
    <message>
        <location filename="../desktop/ui/support/glance.py" line="+86"/>
        <source>Installations</source>
        <translation>Installationer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders that need someone</source>
        <translation>Bestillinger der kræver nogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions to the procurement office</source>
        <translation>Spørgsmål til udbudsafdelingen</translation>
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
        <translation>Appversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync</source>
        <translation>Seneste synkronisering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to be sent</source>
        <translation>Venter på at blive sendt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting since</source>
        <translation>Venter siden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error</source>
        <translation>Seneste fejl</translation>
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
        <translation>I alt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Placed by</source>
        <translation>Afgivet af</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Need</source>
        <translation>Behov</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asked by</source>
        <translation>Spurgt af</translation>
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
        <translation>Certificeret</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>May order</source>
        <translation>Må bestille</translation>
    </message>
    <message>
        <source>One item is stuck on a colleague&apos;s computer.</source>
        <translation type="vanished">Én ting sidder fast på en kollegas computer.</translation>
    </message>
    <message>
        <source>%1 items are stuck on a colleague&apos;s computer.</source>
        <translation type="vanished">%1 ting sidder fast på en kollegas computer.</translation>
    </message>
    <message>
        <source>One order needs someone.</source>
        <translation type="vanished">Én bestilling kræver nogen.</translation>
    </message>
    <message>
        <source>%1 orders need someone.</source>
        <translation type="vanished">%1 bestillinger kræver nogen.</translation>
    </message>
    <message>
        <source>One question to the office is open.</source>
        <translation type="vanished">Ét spørgsmål til udbudsafdelingen er åbent.</translation>
    </message>
    <message>
        <source>%1 questions to the office are open.</source>
        <translation type="vanished">%1 spørgsmål til udbudsafdelingen er åbne.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Nothing waits in this unit.</source>
        <translation>Intet venter i denne enhed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not yet certified: %1. They may not order until they pass the %2.</source>
        <translation>Endnu ikke certificeret: %1. De må ikke bestille, før de har bestået %2.</translation>
    </message>
    <message numerus="yes">
        <location line="-31"/>
        <source>%n item(s) are stuck on a colleague&apos;s computer.</source>
        <translation>
            <numerusform>Én ting sidder fast på en kollegas computer.</numerusform>
            <numerusform>%n ting sidder fast på en kollegas computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n order(s) need someone.</source>
        <translation>
            <numerusform>Én bestilling har brug for nogen.</numerusform>
            <numerusform>%n bestillinger har brug for nogen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n question(s) to the office are open.</source>
        <translation>
            <numerusform>Ét spørgsmål til indkøbsafdelingen er åbent.</numerusform>
            <numerusform>%n spørgsmål til indkøbsafdelingen er åbne.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuidanceCard</name>
    <message>
        <location filename="../desktop/ui/find/guidance_panel.py" line="+127"/>
        <source>Agreement: %1 (%2)</source>
        <translation>Aftale: %1 (%2)</translation>
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
        <translation>Spørg indkøbsafdelingen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a call-off you made…</source>
        <translation>Registrér et afrop, du har foretaget…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only this agreement&apos;s items</source>
        <translation>Vis kun aftalens varer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Valid until %1.</source>
        <translation>Gælder til %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call-offs under this agreement go through a mini-competition. Do not contact the suppliers: send your need to the procurement office and they ask the suppliers for you.</source>
        <translation>Afrop under denne aftale sker via miniudbud. Kontakt ikke leverandørerne: send dit behov til indkøbsafdelingen, så spørger de leverandørerne for dig.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order here in Avrop, from the suppliers in this order. Use the next one only when the one before cannot deliver; Avrop asks you why.</source>
        <translation>Bestil her i Avrop, fra leverandørerne i denne rækkefølge. Brug den næste kun, når den før ikke kan levere; Avrop spørger hvorfor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order here in Avrop: the agreement&apos;s items are shown first below.</source>
        <translation>Bestil her i Avrop: aftalens varer vises først nedenfor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote agreement number %1 when you order.</source>
        <translation>Oplys aftalenummer %1, når du bestiller.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This agreement is not in Avrop&apos;s shop. Contact the suppliers in this order; the next one only when the one before cannot deliver.</source>
        <translation>Denne aftale findes ikke i Avrops butik. Kontakt leverandørerne i denne rækkefølge; den næste kun, når den før ikke kan levere.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This agreement is not in Avrop&apos;s shop. Order directly from the supplier.</source>
        <translation>Denne aftale findes ikke i Avrops butik. Bestil direkte hos leverandøren.</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <location line="+50"/>
        <source>Agreements for what you need</source>
        <translation>Aftaler for det, du har brug for</translation>
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
        <translation>Leder af enheden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Superuser</source>
        <translation>Superbruger</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Procurement office</source>
        <translation>Indkøbsafdelingen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>School</source>
        <translation>Skole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kindergarten</source>
        <translation>Børnehave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care home</source>
        <translation>Plejehjem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transshipment hub</source>
        <translation>Omlastningscentral</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Help</source>
        <translation>Hjælp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You</source>
        <translation>Dig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your units</source>
        <translation>Dine enheder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can&apos;t find what you need?</source>
        <translation>Kan du ikke finde det, du skal bruge?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data on this computer</source>
        <translation>Data på denne computer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F5 Sync now</source>
        <translation>F5 Synkroniser nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab moves to the next field</source>
        <translation>Tab går til næste felt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc closes a dialog</source>
        <translation>Esc lukker en dialogboks</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In Find: ↓ from the search box to the results · Enter on an item to its quantity · Enter again puts it in the cart</source>
        <translation>I Søg: ↓ fra søgefeltet til resultaterne · Enter på en vare går til antallet · Enter igen lægger den i kurven</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not signed in.</source>
        <translation>Ikke logget ind.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name: %1</source>
        <translation>Brugernavn: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certified orderer: you may place orders.</source>
        <translation>Certificeret bestiller: du må afgive bestillinger.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not yet certified: ask your manager about the orderer training.</source>
        <translation>Ikke certificeret endnu: spørg din leder om bestilleruddannelsen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No units yet. Sync with File → Sync now (F5).</source>
        <translation>Ingen enheder endnu. Synkronisér med Filer → Synkroniser nu (F5).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask the procurement office, not the supplier. They know every agreement and can tell you where to buy.</source>
        <translation>Spørg indkøbsafdelingen, ikke leverandøren. De kender alle aftaler og kan fortælle dig, hvor du skal købe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not synced yet.</source>
        <translation>Ikke synkroniseret endnu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last synced %1.</source>
        <translation>Sidst synkroniseret %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything you see is kept on this computer, so Avrop also works without a network.</source>
        <translation>Alt, hvad du ser, gemmes på denne computer, så Avrop virker også uden netværk.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Not yet certified: take the orderer training before you order or record call-offs: %1</source>
        <translation>Endnu ikke certificeret: tag bestillerkurset, før du bestiller eller registrerer afrop: %1</translation>
    </message>
</context>
<context>
    <name>ItemPane</name>
    <message>
        <location filename="../desktop/ui/find/item_pane.py" line="+200"/>
        <source>Picture of %1</source>
        <translation>Billede af %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Framework agreement item</source>
        <translation>Rammeaftalevare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its agreement is not valid today</source>
        <translation>Aftalen gælder ikke i dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not on a framework agreement</source>
        <translation>Ikke omfattet af en rammeaftale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crisis stock item</source>
        <translation>Kriselagervare</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>valid %1 to %2</source>
        <translation>gælder %1 til %2</translation>
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
        <translation>✓ Lagt i kurven: %1 × %2. Ctrl+2 åbner kurven.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Supplier:</source>
        <translation>Leverandør:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement:</source>
        <translation>Aftale:</translation>
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
        <translation>Mindste bestilling:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eco labels:</source>
        <translation>Miljømærker:</translation>
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
        <translation>A&amp;ntal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to &amp;cart</source>
        <translation>&amp;Læg i kurven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to cart</source>
        <translation>Læg i kurven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an item in the list to see everything about it.</source>
        <translation>Vælg en vare på listen for at se alt om den.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen item</source>
        <translation>Valgt vare</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Favourite (Ctrl+D): starred</source>
        <translation>Favorit (Ctrl+D): stjernemarkeret</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Favourite (Ctrl+D)</source>
        <translation>Favorit (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/find/wiring.py" line="-14"/>
        <source>Sync finished. Everything is up to date.</source>
        <translation>Synkroniseringen er færdig. Alt er opdateret.</translation>
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

En indkøbsassistent for institutioner i nordiske kommuner: find den rigtige rammeaftale, bestil sikkert, og følg op.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Avrop</source>
        <translation>Avrop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå til</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings</source>
        <translation>&amp;Indstillinger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synkroniser nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>Log &amp;ud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language and settings…</source>
        <translation>&amp;Sprog og indstillinger…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Avrop</source>
        <translation>&amp;Om Avrop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ordering for:</source>
        <translation>&amp;Bestiller til:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Unit you order for</source>
        <translation>Enheden, du bestiller til</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current place</source>
        <translation>Aktuel visning</translation>
    </message>
    <message>
        <source>Here you will collect what to order, check it against the agreement and the budget, and send it, even without a network.</source>
        <translation type="vanished">Her samler du det, du vil bestille, tjekker det mod aftalen og budgettet og sender det, også uden netværk.</translation>
    </message>
    <message>
        <source>Here you will follow your orders: sent, confirmed by the supplier, delivered.</source>
        <translation type="vanished">Her følger du dine bestillinger: sendt, bekræftet af leverandøren, leveret.</translation>
    </message>
</context>
<context>
    <name>MonthExporter</name>
    <message>
        <location filename="../desktop/ui/spend/month_export.py" line="+174"/>
        <source>spend</source>
        <translation>indkøb</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-projektmappe (*.xlsx)</translation>
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
        <translation>Måned der skal eksporteres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly report (&amp;PDF)…</source>
        <translation>Månedsrapport (&amp;PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the month&apos;s one-page report as PDF</source>
        <translation>Gem månedens rapport på én side som PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month to E&amp;xcel…</source>
        <translation>Måneden til E&amp;xcel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the month&apos;s tables as an Excel workbook</source>
        <translation>Gem månedens tabeller som Excel-projektmappe</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <location filename="../desktop/ui/spend/export_pdf.py" line="+75"/>
        <source>Spend report</source>
        <translation>Indkøbsrapport</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+41"/>
        <source>Spend</source>
        <translation>Indkøb</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Ordered through Avrop</source>
        <translation>Bestilt i Avrop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On agreement, outside Avrop</source>
        <translation>På aftale, uden for Avrop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bought beside the agreements</source>
        <translation>Købt uden for aftalerne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-commerce share (e-handelsgrad)</source>
        <translation>E-handelsgrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <source>Agreement compliance</source>
        <translation>Aftaleoverholdelse</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Savings realised against list price</source>
        <translation>Realiseret besparelse i forhold til listepris</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Savings missed beside the agreements</source>
        <translation>Mistet besparelse uden for aftalerne</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Figures up to %1 · printed %2</source>
        <translation>Tal til og med %1 · udskrevet %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The month and the last twelve months</source>
        <translation>Måneden og de seneste tolv måneder</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compared with the other units this month</source>
        <translation>Sammenlignet med de andre enheder denne måned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-commerce share</source>
        <translation>E-handelsgrad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Largest purchases beside the agreements this month</source>
        <translation>Største indkøb uden for aftalerne denne måned</translation>
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
        <translation>Beløb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement that covers it</source>
        <translation>Aftale der dækker behovet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Budget %1 so far</source>
        <translation>Budget %1 indtil nu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Committed</source>
        <translation>Disponeret</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spent</source>
        <translation>Forbrugt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-commerce share: spend ordered in Avrop. Agreement compliance: spend on a framework agreement, in or outside Avrop. Savings missed: what buying beside the agreements cost, estimated with the price level of the agreement that covered it.</source>
        <translation>E-handelsgrad: andel af indkøbet bestilt i Avrop. Aftaleoverholdelse: andel købt på rammeaftaler, i eller uden for Avrop. Mistet besparelse: hvad indkøb uden for aftalerne kostede, anslået med prisniveauet i den aftale der dækkede behovet.</translation>
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
            <numerusform>Tilbydes af %n leverandør på denne aftale, i aftalens rangfølge: bestil hos den første, medmindre den ikke kan levere.</numerusform>
            <numerusform>Tilbydes af %n leverandører på denne aftale, i aftalens rangfølge: bestil hos den første, medmindre den ikke kan levere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Offered by %n supplier(s) on this agreement, cheapest first. Choose one to see it here and add it.</source>
        <translation>
            <numerusform>Tilbydes af %n leverandør på denne aftale, billigste først. Vælg et tilbud for at se det her og tilføje det.</numerusform>
            <numerusform>Tilbydes af %n leverandører på denne aftale, billigste først. Vælg et tilbud for at se det her og tilføje det.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Suppliers&apos; offers</source>
        <translation>Leverandørernes tilbud</translation>
    </message>
</context>
<context>
    <name>OfficeRequestDialog</name>
    <message>
        <location filename="../desktop/ui/find/office_dialog.py" line="+174"/>
        <source>Ask the procurement office</source>
        <translation>Spørg indkøbsafdelingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Can&apos;t find what you need? Ask the procurement office, not the supplier. They answer here in Avrop; you see the answer under Help. You can send this even without a network.</source>
        <translation>Kan du ikke finde det, du har brug for? Spørg indkøbsafdelingen, ikke leverandøren. De svarer her i Avrop; svaret ser du under Hjælp. Du kan sende dette, selv uden netværk.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What do you &amp;need?</source>
        <translation>Hvad har du &amp;brug for?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How &amp;many?</source>
        <translation>Hvor &amp;mange?</translation>
    </message>
    <message>
        <source>Estimated &amp;amount (SEK, optional):</source>
        <translation type="vanished">Anslået bel&amp;øb (SEK, valgfrit):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated &amp;amount, excl. VAT (optional):</source>
        <translation>Anslået bel&amp;øb, ekskl. moms (valgfrit):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How &amp;soon?</source>
        <translation>Hvor &amp;hurtigt?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For &amp;unit:</source>
        <translation>For &amp;enhed:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you need</source>
        <translation>Hvad du har brug for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many</source>
        <translation>Hvor mange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 20, or about 5 boxes</source>
        <translation>f.eks. 20 eller ca. 5 kasser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated amount</source>
        <translation>Anslået beløb</translation>
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
        <translation>Hvor hurtigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>For unit</source>
        <translation>For enhed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You searched for: %1</source>
        <translation>Du søgte efter: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;end to the office</source>
        <translation>&amp;Send til indkøbsafdelingen</translation>
    </message>
    <message>
        <source>&amp;Send to the office</source>
        <translation type="vanished">&amp;Send til indkøbsafdelingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to the office</source>
        <translation>Send til indkøbsafdelingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
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
        <translation>Afgivet af %1 på vegne af %2.</translation>
    </message>
    <message>
        <source>Total %1 %2; account %3.</source>
        <translation type="vanished">I alt %1 %2; konto %3.</translation>
    </message>
    <message>
        <source>Confirmed total %1 %2.</source>
        <translation type="vanished">Bekræftet i alt %1 %2.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>%1 (through the hub, for %2)</source>
        <translation>%1 (via omlastningscentralen, til %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delivery on the next delivery day to %1.</source>
        <translation>Levering næste leveringsdag til %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delivery %1 to %2.</source>
        <translation>Levering %1 til %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ordered by %1.</source>
        <translation>Bestilt af %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total %1; account %2.</source>
        <translation>I alt %1; konto %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirmed total %1.</source>
        <translation>Bekræftet i alt %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tries so far: %1. Avrop keeps trying.</source>
        <translation>Forsøg indtil nu: %1. Avrop bliver ved med at prøve.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Approved by %1.</source>
        <translation>Godkendt af %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declined by %1.</source>
        <translation>Afvist af %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Supplier&apos;s answer: %1.</source>
        <translation>Leverandørens svar: %1.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Waits for approval by %1.</source>
        <translation>Venter på godkendelse fra %1.</translation>
    </message>
</context>
<context>
    <name>OrderDocument</name>
    <message>
        <location filename="../desktop/ui/orders/document_view.py" line="-107"/>
        <source>Order %1 of %2</source>
        <translation>Bestilling %1 af %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Buyer</source>
        <translation>Køber</translation>
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
        <translation>Aftale: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note: %1</source>
        <translation>Bemærkning: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item</source>
        <translation>Vare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Stykpris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Total excl. VAT: %1</source>
        <translation>I alt ekskl. moms: %1</translation>
    </message>
</context>
<context>
    <name>OrderEditDialog</name>
    <message>
        <location filename="../desktop/ui/orders/edit_dialog.py" line="+28"/>
        <source>Change order %1</source>
        <translation>Ændr bestilling %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New quantities; 0 removes the line. The order is sent again.</source>
        <translation>Nye antal; 0 fjerner linjen. Bestillingen sendes igen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quantity of %1</source>
        <translation>Antal af %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save and send again</source>
        <translation>&amp;Gem og send igen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes and queue the order again</source>
        <translation>Gem ændringerne, og sæt bestillingen i kø igen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without changing</source>
        <translation>Luk uden at ændre</translation>
    </message>
</context>
<context>
    <name>OrderTexts</name>
    <message>
        <location filename="../desktop/ui/shell/error_table_orders.py" line="+10"/>
        <source>You do not order for {unit}. Choose one of your own units, or ask your manager to make you an orderer for it.</source>
        <translation>Du bestiller ikke til {unit}. Vælg en af dine egne enheder, eller bed din leder om at gøre dig til bestiller for den.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only certified orderers may place orders. Ask your manager about the ordering course.</source>
        <translation>Kun certificerede bestillere må afgive bestillinger. Spørg din leder om bestillerkurset.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Avrop does not know the accounts and budget of {unit} yet. Connect to the network once and sync (F5); after that you can order offline too.</source>
        <translation>Avrop kender endnu ikke konti og budget for {unit}. Gå på netværket én gang, og synkronisér (F5); derefter kan du også bestille offline.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your unit is not in Avrop&apos;s register any more. Sync, or ask the procurement office.</source>
        <translation>Din enhed er ikke længere i Avrops register. Synkronisér, eller spørg indkøbsafdelingen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The supplier is not in Avrop&apos;s register any more. Sync, or ask the procurement office.</source>
        <translation>Leverandøren er ikke længere i Avrops register. Synkronisér, eller spørg indkøbsafdelingen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{supplier} does not take orders through Avrop. Order as the agreement&apos;s instructions say (phone or e-mail).</source>
        <translation>{supplier} modtager ikke bestillinger via Avrop. Bestil, som aftalens vejledning siger (telefon eller e-mail).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These items are not under a framework agreement. Write why you need to buy them beside the agreements.</source>
        <translation>Disse varer er ikke omfattet af en rammeaftale. Skriv, hvorfor du har brug for at købe dem uden for aftalerne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agreement of these items is no longer known. Sync, then add them to the cart again.</source>
        <translation>Aftalen for disse varer er ikke længere kendt. Synkronisér, og læg dem derefter i indkøbskurven igen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agreement {agreement} ({number}) is valid only from {from}. Order these items from then on, or ask the procurement office.</source>
        <translation>Aftalen {agreement} ({number}) gælder først fra {from}. Bestil disse varer fra da af, eller spørg indkøbsafdelingen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agreement {agreement} ({number}) ended on {to}. Remove these items and find them under the new agreement.</source>
        <translation>Aftalen {agreement} ({number}) udløb {to}. Fjern disse varer, og find dem under den nye aftale.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{supplier} is not a supplier on the agreement {agreement}. Remove these items or choose a supplier on the agreement.</source>
        <translation>{supplier} er ikke leverandør på aftalen {agreement}. Fjern disse varer, eller vælg en leverandør på aftalen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{item}: enter a quantity above zero.</source>
        <translation>{item}: angiv et antal over nul.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{item}: {unit} is ordered in whole units; {quantity} is not a whole number.</source>
        <translation>{item}: {unit} bestilles i hele enheder; {quantity} er ikke et helt tal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item}: use at most {decimals} decimals.</source>
        <translation>{item}: brug højst {decimals} decimaler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item}: the supplier takes at least {minimum} {unit} per order.</source>
        <translation>{item}: leverandøren tager mindst {minimum} {unit} pr. bestilling.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item}: the supplier takes at most {maximum} {unit} per order.</source>
        <translation>{item}: leverandøren tager højst {maximum} {unit} pr. bestilling.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item} has no price. Sync the catalogue, or ask the procurement office.</source>
        <translation>{item} har ingen pris. Synkronisér kataloget, eller spørg indkøbsafdelingen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One order can have one currency only ({currencies}). Ask the procurement office.</source>
        <translation>En bestilling kan kun have én valuta ({currencies}). Spørg indkøbsafdelingen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{supplier} takes orders from {minimum}. Add items for {missing} more, or order later together with other items.</source>
        <translation>{supplier} modtager bestillinger fra {minimum}. Tilføj varer for {missing} mere, eller bestil senere sammen med andre varer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This order ({total}) is over your unit&apos;s limit of {limit}. It waits for your manager&apos;s approval before it goes to the supplier.</source>
        <translation>Denne bestilling ({total}) er over enhedens grænse på {limit}. Den venter på din leders godkendelse, før den går til leverandøren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This order goes {over} over the budget of account {account}: {left} are left. You may still order; your manager will see it.</source>
        <translation>Denne bestilling går {over} over budgettet for konto {account}: der er {left} tilbage. Du må stadig bestille; din leder kan se det.</translation>
    </message>
    <message>
        <source>{supplier} takes orders from {minimum} {currency}. Add items for {missing} {currency} more, or order later together with other items.</source>
        <translation type="vanished">{supplier} modtager bestillinger fra {minimum} {currency}. Tilføj varer for {missing} {currency} mere, eller bestil senere sammen med andre varer.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The delivery date {date} has passed. Choose a later date.</source>
        <translation>Leveringsdatoen {date} er overskredet. Vælg en senere dato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goods are not delivered to you on {date}. They will come on the next delivery day.</source>
        <translation>Varer leveres ikke til jer den {date}. De kommer på næste leveringsdag.</translation>
    </message>
    <message>
        <source>This order ({total} {currency}) is over your unit&apos;s limit of {limit} {currency}. It waits for your manager&apos;s approval before it goes to the supplier.</source>
        <translation type="vanished">Denne bestilling ({total} {currency}) er over enhedens grænse på {limit} {currency}. Den venter på din leders godkendelse, før den går til leverandøren.</translation>
    </message>
    <message>
        <source>This order goes {over} {currency} over the budget of account {account}: {left} {currency} are left. You may still order; your manager will see it.</source>
        <translation type="vanished">Denne bestilling går {over} {currency} over budgettet for konto {account}: der er {left} {currency} tilbage. Du må stadig bestille; din leder kan se det.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no budget for this account this year. Check with your manager before ordering.</source>
        <translation>Der er intet budget for denne konto i år. Tjek med din leder, før du bestiller.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order has no items.</source>
        <translation>Bestillingen har ingen varer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order may already have reached the supplier, so it can no longer be changed or cancelled here. Wait for the supplier&apos;s answer.</source>
        <translation>Bestillingen kan allerede være nået frem til leverandøren, så den kan ikke længere ændres eller annulleres her. Vent på leverandørens svar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The order no longer exists.</source>
        <translation>Bestillingen findes ikke længere.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server could not read the order document. Change the order and send it again; if it keeps happening, contact the procurement office.</source>
        <translation>Serveren kunne ikke læse ordredokumentet. Ændr bestillingen, og send den igen; hvis det bliver ved, så kontakt indkøbsafdelingen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The order&apos;s details did not match its document. Change the order and send it again.</source>
        <translation>Bestillingens oplysninger passede ikke med dens dokument. Ændr bestillingen, og send den igen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More would be received than was ordered. Check the quantities.</source>
        <translation>Der ville blive modtaget mere, end der blev bestilt. Kontrollér antallene.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter how much of at least one line has arrived.</source>
        <translation>Angiv, hvor meget der er kommet af mindst én linje.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write why you decline the order, so the orderer knows what to do.</source>
        <translation>Skriv, hvorfor du afviser bestillingen, så bestilleren ved, hvad vedkommende skal gøre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The order has moved on meanwhile. Sync and look again.</source>
        <translation>Bestillingen er gået videre i mellemtiden. Synkronisér, og se igen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The order has not reached the server yet. Try again when it is sent.</source>
        <translation>Bestillingen er ikke nået frem til serveren endnu. Prøv igen, når den er sendt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not check this order. Open it with Change and send it again; if that happens again, contact support.</source>
        <translation>Serveren kunne ikke kontrollere bestillingen. Åbn den med Ændr, og send den igen; sker det igen, så kontakt support.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The accounting string names another unit&apos;s cost centre. Choose the account and cost centre of the unit you order for.</source>
        <translation>Konteringen angiver en anden enheds omkostningssted. Vælg konto og omkostningssted for den enhed, du bestiller til.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The order has nothing to pay for. Give each line a quantity above zero and a price.</source>
        <translation>Bestillingen har intet at betale for. Giv hver linje et antal over nul og en pris.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only a superuser orders on behalf of a unit. Place the order as yourself, or ask your unit&apos;s superuser.</source>
        <translation>Kun en superbruger bestiller på vegne af en enhed. Afgiv bestillingen i dit eget navn, eller spørg enhedens superbruger.</translation>
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
        <translation>Kræver din opmærksomhed</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Cancelled</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for approval</source>
        <translation>Venter på godkendelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined by the manager</source>
        <translation>Afvist af lederen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received — being checked</source>
        <translation>Modtaget — kontrolleres</translation>
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
        <translation>Modtaget af leverandøren</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>Accepted</source>
        <translation>Accepteret</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+34"/>
        <source>Accepted with changes</source>
        <translation>Accepteret med ændringer</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+32"/>
        <source>Rejected</source>
        <translation>Afvist</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Partly delivered</source>
        <translation>Delvist leveret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Leveret</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved on this computer and waiting to be sent. You can still change or cancel it.</source>
        <translation>Gemt på denne computer og venter på at blive sendt. Du kan stadig ændre eller annullere den.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Being sent. If the connection broke, Avrop keeps trying; it is never sent twice.</source>
        <translation>Sendes. Hvis forbindelsen blev afbrudt, bliver Avrop ved med at prøve; den sendes aldrig to gange.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused the order. Change it and send it again, or cancel it.</source>
        <translation>Serveren afviste bestillingen. Ændr den, og send den igen, eller annullér den.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server has the order and is checking it against the rules. You will see here when it goes to the supplier, or what to change.</source>
        <translation>Serveren har modtaget bestillingen og kontrollerer den efter reglerne. Her kan du se, når den går til leverandøren, eller hvad du skal rette.</translation>
    </message>
    <message>
        <source>Over the unit&apos;s limit: it goes to the supplier when the manager approves.</source>
        <translation type="vanished">Over enhedens grænse: den går til leverandøren, når lederen godkender.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Over the unit&apos;s limit: it goes to the supplier when another manager of the unit approves it (else the procurement office). No one approves their own order.</source>
        <translation>Over enhedens grænse: den går til leverandøren, når en anden leder af enheden godkender den (ellers indkøbsafdelingen). Ingen godkender sin egen bestilling.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/error_table_orders.py" line="-36"/>
        <source>The supplier&apos;s answer is in another currency than the order, so it was refused. Ask the supplier to answer in the order&apos;s currency.</source>
        <translation>Leverandørens svar er i en anden valuta end ordren og blev derfor afvist. Bed leverandøren om at svare i ordrens valuta.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>You order on behalf of {unit}: the order names you, {user}, as the one who placed it.</source>
        <translation>Du bestiller på vegne af {unit}: bestillingen angiver dig, {user}, som den, der afgav den.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone changed the unit&apos;s templates meanwhile. Reload them and try again.</source>
        <translation>Nogen har ændret enhedens skabeloner imens. Indlæs dem igen, og prøv igen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload the unit&apos;s templates before you change them.</source>
        <translation>Indlæs enhedens skabeloner igen, før du ændrer dem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two templates have the same name key. Rename one and save again.</source>
        <translation>To skabeloner har samme nøgle. Omdøb den ene, og gem igen.</translation>
    </message>
    <message>
        <source>The order must be booked on the unit&apos;s own cost centre.</source>
        <translation type="vanished">Bestillingen skal bogføres på enhedens eget omkostningssted.</translation>
    </message>
    <message>
        <source>The order&apos;s total must be above 0.</source>
        <translation type="vanished">Bestillingens beløb skal være over 0.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait a few minutes and try again.</source>
        <translation type="vanished">For mange mislykkede forsøg. Vent et par minutter, og prøv igen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This support bundle was sent already.</source>
        <translation>Denne supportpakke er allerede sendt.</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>{item}: “{typed}” is not a quantity. Type a number, such as 2.</source>
        <translation>{item}: “{typed}” er ikke et antal. Skriv et tal, for eksempel 2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item}: a quantity cannot be negative ({typed}). Type how many you want.</source>
        <translation>{item}: et antal kan ikke være negativt ({typed}). Skriv hvor mange du vil have.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item}: 0 does not remove the item. To take it out, use Remove item (Delete key).</source>
        <translation>{item}: 0 fjerner ikke varen. Brug Fjern vare (Delete-tasten) for at fjerne den.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{item}: {typed} is more than one order line takes (at most {maximum}).</source>
        <translation>{item}: {typed} er mere, end en ordrelinje kan rumme (højst {maximum}).</translation>
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
        <translation>Bestilling %1 fra %2 venter på din godkendelse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 to %2 is now: %3</source>
        <translation>Bestilling %1 til %2 er nu: %3</translation>
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
        <translation>Afgivet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>I alt</translation>
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
        <translation>Bekræftet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>%1 → substituted by %2</source>
        <translation>%1 → erstattes af %2</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../desktop/ui/orders/page.py" line="+231"/>
        <source>No orders yet.</source>
        <translation>Ingen bestillinger endnu.</translation>
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
        <translation type="vanished">I alt %1 %2; konto %3.</translation>
    </message>
    <message>
        <source>Confirmed total %1 %2.</source>
        <translation type="vanished">Bekræftet i alt %1 %2.</translation>
    </message>
    <message numerus="yes">
        <source>Tried %n time(s); Avrop keeps trying.</source>
        <translation type="vanished">
            <numerusform>Forsøgt %n gang; Avrop bliver ved med at prøve.</numerusform>
            <numerusform>Forsøgt %n gange; Avrop bliver ved med at prøve.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation type="vanished">Godkendt af %1.</translation>
    </message>
    <message>
        <source>Declined by %1.</source>
        <translation type="vanished">Afvist af %1.</translation>
    </message>
    <message>
        <source>Supplier&apos;s answer: %1.</source>
        <translation type="vanished">Leverandørens svar: %1.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The order was changed and queued again.</source>
        <translation>Bestillingen blev ændret og sat i kø igen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The order was cancelled. Nothing was sent.</source>
        <translation>Bestillingen blev annulleret. Intet blev sendt.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Approved: the order goes to the supplier.</source>
        <translation>Godkendt: bestillingen går til leverandøren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declined. The orderer sees your reason.</source>
        <translation>Afvist. Bestilleren ser din begrundelse.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Goods receipt saved.</source>
        <translation>Varemodtagelsen er gemt.</translation>
    </message>
    <message>
        <source>PEPPOL order document</source>
        <translation type="vanished">PEPPOL-ordredokument</translation>
    </message>
    <message>
        <source>The order document as the server received it</source>
        <translation type="vanished">Ordredokumentet, som serveren modtog det</translation>
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
        <translation>Åbne bestillinger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting for approval</source>
        <translation>Venter på godkendelse</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Which orders to show</source>
        <translation>Hvilke bestillinger der vises</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders of the unit</source>
        <translation>Enhedens bestillinger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of the chosen order</source>
        <translation>Detaljer om den valgte bestilling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines of the chosen order</source>
        <translation>Linjer i den valgte bestilling</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation type="vanished">Æ&amp;ndr…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the queued order</source>
        <translation>Ændr den bestilling, der er i kø</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;ncel order</source>
        <translation>&amp;Annullér bestilling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel the queued order</source>
        <translation>Annullér den bestilling, der er i kø</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve or decline…</source>
        <translation>God&amp;kend eller afvis…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approve or decline</source>
        <translation>Godkend eller afvis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Receive goods…</source>
        <translation>&amp;Modtag varer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record goods received</source>
        <translation>Registrér modtagne varer</translation>
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
        <translation>Æ&amp;ndr…</translation>
    </message>
</context>
<context>
    <name>OrdersWiring</name>
    <message numerus="yes">
        <source>%n order(s) queued to be sent.</source>
        <translation type="vanished">
            <numerusform>%n bestilling i kø til at blive sendt.</numerusform>
            <numerusform>%n bestillinger i kø til at blive sendt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The order is queued to be sent.</source>
        <translation type="vanished">Bestillingen står i kø til at blive sendt.</translation>
    </message>
    <message>
        <source>%1 orders are queued to be sent.</source>
        <translation type="vanished">%1 bestillinger står i kø til at blive sendt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/orders/wiring.py" line="+69"/>
        <source>%n order(s) are queued to be sent.</source>
        <translation>
            <numerusform>Bestillingen står i kø til at blive sendt.</numerusform>
            <numerusform>%n bestillinger står i kø til at blive sendt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxIndicator</name>
    <message numerus="yes">
        <source>%n order(s) waiting to be sent</source>
        <translation type="vanished">
            <numerusform>%n bestilling venter på at blive sendt</numerusform>
            <numerusform>%n bestillinger venter på at blive sendt</numerusform>
        </translation>
    </message>
    <message>
        <source>1 order waiting to be sent</source>
        <translation type="vanished">1 bestilling venter på at blive sendt</translation>
    </message>
    <message>
        <source>%1 orders waiting to be sent</source>
        <translation type="vanished">%1 bestillinger venter på at blive sendt</translation>
    </message>
    <message>
        <source>No orders waiting to be sent</source>
        <translation type="vanished">Ingen bestillinger venter på at blive sendt</translation>
    </message>
    <message>
        <source>Queued orders are kept on this computer and sent when the server answers.</source>
        <translation type="vanished">Bestillinger i kø gemmes på denne computer og sendes, når serveren svarer.</translation>
    </message>
    <message>
        <source>1 item waiting to be sent</source>
        <translation type="vanished">1 sag venter på at blive sendt</translation>
    </message>
    <message>
        <source>%1 items waiting to be sent</source>
        <translation type="vanished">%1 sager venter på at blive sendt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/orders/outbox_indicator.py" line="+23"/>
        <source>Nothing waiting to be sent</source>
        <translation>Intet venter på at blive sendt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders, questions and call-offs are kept here until the server answers.</source>
        <translation>Bestillinger, spørgsmål og afrop gemmes her, indtil serveren svarer.</translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>%n item(s) waiting to be sent</source>
        <translation>
            <numerusform>%n sag venter på at blive sendt</numerusform>
            <numerusform>%n sager venter på at blive sendt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlacedDialog</name>
    <message>
        <location filename="../desktop/ui/cart/confirmation.py" line="+38"/>
        <source>Order placed</source>
        <translation>Bestillingen er afgivet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders placed</source>
        <translation>Bestillingerne er afgivet</translation>
    </message>
    <message>
        <source>1 order placed for %1.</source>
        <translation type="vanished">1 bestilling afgivet for %1.</translation>
    </message>
    <message>
        <source>%2 orders placed for %1.</source>
        <translation type="vanished">%2 bestillinger afgivet for %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n order(s) placed for %1.</source>
        <translation>
            <numerusform>%n bestilling afgivet for %1.</numerusform>
            <numerusform>%n bestillinger afgivet for %1.</numerusform>
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
        <translation>I alt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The orders just placed</source>
        <translation>De bestillinger, der lige er afgivet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The order gets its number when it is sent.</source>
        <translation>Bestillingen får sit nummer, når den sendes.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The order is saved on this computer and sent as soon as the server can be reached. Follow it under Orders: there you see when the supplier confirms and when it is delivered.</source>
        <translation>Bestillingen er gemt på denne computer og sendes, så snart serveren kan nås. Følg den under Bestillinger: der kan du se, hvornår leverandøren bekræfter, og hvornår den leveres.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The orders are saved on this computer and sent as soon as the server can be reached. Follow them under Orders: there you see when the supplier confirms and when they are delivered.</source>
        <translation>Bestillingerne er gemt på denne computer og sendes, så snart serveren kan nås. Følg dem under Bestillinger: der kan du se, hvornår leverandøren bekræfter, og hvornår de leveres.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Show in Orders</source>
        <translation>&amp;Vis under Bestillinger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the placed orders under Orders</source>
        <translation>Vis de afgivne bestillinger under Bestillinger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the confirmation</source>
        <translation>Luk bekræftelsen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delivery on %1</source>
        <translation>Levering %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery on the next delivery day, %1</source>
        <translation>Levering på næste leveringsdag, %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delivery on the next delivery day</source>
        <translation>Levering på næste leveringsdag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, to %2 (transshipment hub), for %3.</source>
        <translation>%1, til %2 (omlastningscentral), til %3.</translation>
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
        <translation>&amp;Søg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cart</source>
        <translation>&amp;Indkøbskurv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Orders</source>
        <translation>&amp;Bestillinger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Spend</source>
        <translation>&amp;Forbrug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find agreements, suppliers and products</source>
        <translation>Find aftaler, leverandører og varer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you are about to order</source>
        <translation>Det, du er ved at bestille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your orders and their status</source>
        <translation>Dine bestillinger og deres status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What your unit spends, and how much follows the agreements</source>
        <translation>Hvad enheden bruger, og hvor meget der følger aftalerne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who you are, whom to ask, and keyboard keys</source>
        <translation>Hvem du er, hvem du kan spørge, og tastaturgenveje</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting for your approval: %1</source>
        <translation>Venter på din godkendelse: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines in the cart: %1</source>
        <translation>Linjer i kurven: %1</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>S&amp;upport</source>
        <translation>Su&amp;pport</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Order templates, support bundles, and the units you support</source>
        <translation>Bestillingsskabeloner, supportpakker og de enheder, du støtter</translation>
    </message>
</context>
<context>
    <name>PurchasesDialog</name>
    <message>
        <source>%1 invoices, together %2 (excluding VAT).</source>
        <translation type="vanished">%1 fakturaer, i alt %2 (ekskl. moms).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/spend/purchases_dialog.py" line="+110"/>
        <source>Close the list of invoices</source>
        <translation>Luk listen med fakturaer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Eksportér…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export these invoices to Excel or CSV</source>
        <translation>Eksportér fakturaerne til Excel eller CSV</translation>
    </message>
    <message numerus="yes">
        <location line="-13"/>
        <source>%n invoice(s), together %1 (excluding VAT).</source>
        <translation>
            <numerusform>Én faktura på %1 (ekskl. moms).</numerusform>
            <numerusform>%n fakturaer, i alt %1 (ekskl. moms).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../desktop/ui/shell/qt_texts.py" line="+15"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Kig i:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>&amp;Filnavn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Filer af &amp;typen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As</source>
        <translation>Gem som</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Frem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Overordnet mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Opret ny mappe</translation>
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
        <translation>Detaljeret visning</translation>
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
        <translation>Ændringsdato</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+7"/>
        <source>Show Details...</source>
        <translation>Vis detaljer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Skjul detaljer…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-7"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../desktop/ui/find/offagreement_dialog.py" line="+118"/>
        <source>Under the agreement: %1, %2 per %3.</source>
        <translation>Under aftalen: %1, %2 pr. %3.</translation>
    </message>
    <message>
        <source>Under the agreement, %1 costs %2 less per %3 (%4 less than this item).</source>
        <translation type="vanished">Under aftalen koster %1 %2 mindre pr. %3 (%4 mindre end denne vare).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Under the agreement, %1 costs %2 less per %3: this item costs %4 more.</source>
        <translation>Under aftalen koster %1 %2 mindre pr. %3: denne vare koster %4 mere.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Under the agreement, %1 costs %2 more per %3, but buying under the agreement is still the rule.</source>
        <translation>Under aftalen koster %1 %2 mere pr. %3, men at købe under aftalen er stadig reglen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Supplier ranked lower</source>
        <translation>Leverandør længere nede i rækkefølgen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not first in rank on the agreement %2 (%3). Order from %4 first; choose this supplier only when they cannot deliver, and say why.</source>
        <translation>%1 er ikke først i rækkefølgen i aftalen %2 (%3). Bestil fra %4 først; vælg kun denne leverandør, når de ikke kan levere, og skriv hvorfor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Show the first supplier&apos;s items</source>
        <translation>&amp;Vis den første leverandørs varer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not on an agreement</source>
        <translation>Ikke omfattet af en aftale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not under a framework agreement, but the agreement %2 (%3) covers it. Buy under the agreement: the prices are agreed and it counts for your unit.</source>
        <translation>%1 er ikke omfattet af en rammeaftale, men aftalen %2 (%3) dækker det. Køb under aftalen: priserne er aftalt, og det tæller for din enhed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Show the agreement&apos;s items</source>
        <translation>&amp;Vis aftalens varer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you still buy this, &amp;why?</source>
        <translation>Hvis du alligevel køber dette, hv&amp;orfor?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for buying beside the agreement</source>
        <translation>Begrundelse for køb uden for aftalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. needed today, allergy, special size</source>
        <translation>f.eks. skal bruges i dag, allergi, særlig størrelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Buy this anyway</source>
        <translation>&amp;Køb alligevel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../desktop/ui/orders/receipt_dialog.py" line="+32"/>
        <source>Goods received for order %1</source>
        <translation>Modtagne varer for bestilling %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter how much arrived now. What is missing can be received later.</source>
        <translation>Angiv, hvor meget der kom nu. Det, der mangler, kan modtages senere.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2 %3 outstanding)</source>
        <translation>%1 (%2 %3 udestående)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Received now of %1</source>
        <translation>Modtaget nu af %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note about the delivery</source>
        <translation>Bemærkning om leveringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Bemærkning:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Everything arrived</source>
        <translation>&amp;Alt kom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark every line as received in full</source>
        <translation>Markér alle linjer som modtaget fuldt ud</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save receipt</source>
        <translation>&amp;Gem modtagelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save what arrived</source>
        <translation>Gem det, der kom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without saving</source>
        <translation>Luk uden at gemme</translation>
    </message>
</context>
<context>
    <name>RemovedBar</name>
    <message>
        <location filename="../desktop/ui/cart/undo_bar.py" line="+61"/>
        <source>“%1” was removed from the cart.</source>
        <translation>“%1” blev fjernet fra indkøbskurven.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>Fo&amp;rtryd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the removed item back in the cart</source>
        <translation>Læg den fjernede vare tilbage i indkøbskurven</translation>
    </message>
</context>
<context>
    <name>ReorderAction</name>
    <message>
        <location filename="../desktop/ui/orders/reorder_action.py" line="+79"/>
        <source>Order aga&amp;in</source>
        <translation>Bestil ig&amp;en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put this order&apos;s items in the cart again</source>
        <translation>Læg bestillingens varer i indkøbskurven igen</translation>
    </message>
</context>
<context>
    <name>ReorderSummary</name>
    <message>
        <location line="+9"/>
        <source>Order again</source>
        <translation>Bestil igen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was put in the cart</source>
        <translation>Det, der blev lagt i indkøbskurven</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close this summary</source>
        <translation>Luk oversigten</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n item(s) put in the cart at today&apos;s prices.</source>
        <translation>
            <numerusform>%n vare er lagt i kurven til dagens pris.</numerusform>
            <numerusform>%n varer er lagt i kurven til dagens priser.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 item was put in the cart at today&apos;s price.</source>
        <translation type="vanished">1 vare blev lagt i indkøbskurven til dagens pris.</translation>
    </message>
    <message>
        <source>%1 items were put in the cart at today&apos;s prices.</source>
        <translation type="vanished">%1 varer blev lagt i indkøbskurven til dagens priser.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: was %2, now %3</source>
        <translation>%1: var %2, nu %3</translation>
    </message>
    <message>
        <source>%1: was %2, now %3 %4</source>
        <translation type="vanished">%1: var %2, nu %3 %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No longer in the catalogue, or not orderable as before:</source>
        <translation>Findes ikke længere i kataloget eller kan ikke bestilles som før:</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../desktop/ui/find/requests_panel.py" line="+44"/>
        <source>Asked</source>
        <translation>Spurgt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you need</source>
        <translation>Hvad du har brug for</translation>
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
        <translation>Dine spørgsmål til indkøbsafdelingen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Answers that point to an item or agreement (↗) open in Find: press Enter.</source>
        <translation>Svar, der peger på en vare eller en aftale (↗), åbnes i Søg: tryk Enter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have not asked anything yet.</source>
        <translation>Du har ikke spurgt om noget endnu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask a &amp;new question…</source>
        <translation>Stil et &amp;nyt spørgsmål…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the procurement office</source>
        <translation>Spørg indkøbsafdelingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;answer</source>
        <translation>Åbn &amp;svaret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the answer</source>
        <translation>Åbn svaret</translation>
    </message>
</context>
<context>
    <name>ResultTexts</name>
    <message numerus="yes">
        <location filename="../desktop/ui/find/result_texts.py" line="+75"/>
        <source>+%n more supplier(s)</source>
        <translation>
            <numerusform>+%n leverandør mere</numerusform>
            <numerusform>+%n leverandører mere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/ui/shell/settings_dialog.py" line="+75"/>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System language</source>
        <translation>Computerens sprog</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new language is used at once. Numbers and dates follow it too.</source>
        <translation>Det nye sprog bruges med det samme. Tal og datoer følger det også.</translation>
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
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../desktop/ui/shell/sign_in_dialog.py" line="+268"/>
        <source>Sign in to Avrop</source>
        <translation>Log ind i Avrop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to Avrop</source>
        <translation>Velkommen til Avrop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with the user name and password you got from your municipality.</source>
        <translation>Log ind med det brugernavn og den adgangskode, du har fået af kommunen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Server address</source>
        <translation>&amp;Serveradresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name</source>
        <translation>&amp;Brugernavn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>&amp;Adgangskode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Husk mig på denne computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://server.example.com</source>
        <translation>https://server.eksempel.dk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember me on this computer</source>
        <translation>Husk mig på denne computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeps you signed in, using this computer&apos;s password store.</source>
        <translation>Holder dig logget ind ved hjælp af computerens adgangskodelager.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Signing in…</source>
        <translation>Logger ind…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in for this session &amp;only</source>
        <translation>Log ind kun &amp;denne gang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in for this session only</source>
        <translation>Log ind kun denne gang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;in</source>
        <translation>Log &amp;ind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Log ind</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>SpendChart</name>
    <message>
        <source>kr</source>
        <translation type="vanished">kr.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/spend/chart.py" line="+176"/>
        <source>Spend per month, split by how it was bought</source>
        <translation>Indkøb pr. måned, fordelt på hvordan det blev købt</translation>
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
        <translation>På aftale, uden for Avrop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beside the agreements</source>
        <translation>Uden for aftalerne</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>None yet – ask the procurement office</source>
        <translation>Ingen endnu – spørg indkøbsafdelingen</translation>
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
        <translation>Indkøb</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/ui/spend/tables.py" line="-95"/>
        <location line="+97"/>
        <source>E-commerce share</source>
        <translation>E-handelsgrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/ui/spend/tables.py" line="-92"/>
        <location line="+32"/>
        <location line="+65"/>
        <source>Agreement compliance</source>
        <translation>Aftaleoverholdelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/ui/spend/tables.py" line="-92"/>
        <location line="+107"/>
        <source>Savings realised</source>
        <translation>Realiseret besparelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/ui/spend/tables.py" line="-102"/>
        <location line="+27"/>
        <location line="+80"/>
        <source>Savings missed</source>
        <translation>Mistet besparelse</translation>
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
        <translation>Købt uden for aftalerne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreement that covers it</source>
        <translation>Aftale der dækker behovet</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+94"/>
        <source>Saving missed</source>
        <translation>Mistet besparelse</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Compliance trend</source>
        <translation>Aftaleoverholdelse, udvikling</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreement compliance of the last three months against the first three</source>
        <translation>Aftaleoverholdelsen de seneste tre måneder sammenlignet med de første tre</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>pp</source>
        <translation>pp.</translation>
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
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Committed</source>
        <translation>Disponeret</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ordered, not yet invoiced</source>
        <translation>Bestilt, endnu ikke faktureret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spent</source>
        <translation>Forbrugt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Covered by %1</source>
        <translation>Dækkes af %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invoice date</source>
        <translation>Fakturadato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it was bought</source>
        <translation>Hvordan det blev købt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
</context>
<context>
    <name>SpendFormat</name>
    <message>
        <location filename="../desktop/ui/spend/format.py" line="+79"/>
        <source>just now</source>
        <translation>lige nu</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation type="vanished">for 1 minut siden</translation>
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
        <translation type="vanished">for %1 dage siden</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>for %n minut siden</numerusform>
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
            <numerusform>for %n dage siden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpendHeadline</name>
    <message>
        <location filename="../desktop/ui/spend/cards.py" line="+114"/>
        <source>Spend, 12 months</source>
        <translation>Indkøb, 12 måneder</translation>
    </message>
    <message>
        <source>%1 invoices</source>
        <translation type="vanished">%1 fakturaer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-commerce share</source>
        <translation>E-handelsgrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>All units: %1 · place %2 of %3</source>
        <translation>Alle enheder: %1 · plads %2 af %3</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Agreement compliance</source>
        <translation>Aftaleoverholdelse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Savings realised</source>
        <translation>Realiseret besparelse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreement prices against list prices</source>
        <translation>Aftalepris sammenlignet med listepris</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Savings missed</source>
        <translation>Mistet besparelse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bought beside an agreement that covered it</source>
        <translation>Købt uden om en aftale der dækkede behovet</translation>
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
        <translation>Vis fakturaerne fra %1 uden for aftalerne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Largest supplier beside the agreements: &lt;b&gt;%1&lt;/b&gt;, %2.</source>
        <translation>Største leverandør uden for aftalerne: &lt;b&gt;%1&lt;/b&gt;, %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No agreement covers it yet: ask the procurement office.</source>
        <translation>Ingen aftale dækker det endnu: spørg indkøbsafdelingen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement that covers it: &lt;b&gt;%1 %2&lt;/b&gt;</source>
        <translation>Aftale der dækker behovet: &lt;b&gt;%1 %2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>order it in Avrop</source>
        <translation>bestil i Avrop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated saving missed: %1.</source>
        <translation>Anslået mistet besparelse: %1.</translation>
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
        <translation>Oversigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other units</source>
        <translation>Andre enheder</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Beside the agreements</source>
        <translation>Uden for aftalerne</translation>
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
        <translation>Åbner tallene…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Fetching the figures from the server…</source>
        <translation>Henter tallene fra serveren…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>You are offline and there are no figures of this unit on this computer yet. Connect to the network and update.</source>
        <translation>Du er offline, og der er endnu ingen tal for enheden på denne computer. Forbind til netværket og opdatér.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Spend figures are for unit managers, superusers and the procurement office. Ask your manager for them.</source>
        <translation>Indkøbstallene er for ledere, superbrugere og indkøbsafdelingen. Spørg din leder efter dem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no unit whose figures you may see.</source>
        <translation>Der er ingen enhed, hvis tal du må se.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 – bought beside the agreements</source>
        <translation>%1 – købt uden for aftalerne</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="vanished">Indkøb</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhed:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Unit whose figures are shown</source>
        <translation>Enhed hvis tal vises</translation>
    </message>
    <message>
        <source>&amp;Update figures</source>
        <translation type="vanished">&amp;Opdatér tallene</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Update the figures from the server</source>
        <translation>Opdatér tallene fra serveren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export table…</source>
        <translation>E&amp;ksportér tabellen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the table shown to Excel or CSV</source>
        <translation>Eksportér den viste tabel til Excel eller CSV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spend per month. Green: ordered in Avrop. Blue: on an agreement, ordered outside Avrop. Orange: bought beside the agreements. Click a bar to see the invoices.</source>
        <translation>Indkøb pr. måned. Grøn: bestilt i Avrop. Blå: på aftale, bestilt uden for Avrop. Orange: købt uden for aftalerne. Klik på en søjle for at se fakturaerne.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>U&amp;pdate figures</source>
        <translation>&amp;Opdatér tallene</translation>
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
        <translation>Du er offline. Dette er tallene, der blev hentet %1 (%2); de opdateres, når serveren kan nås igen.</translation>
    </message>
</context>
<context>
    <name>SpendTabs</name>
    <message>
        <location filename="../desktop/ui/spend/tabs.py" line="+51"/>
        <source>Other units</source>
        <translation>Andre enheder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Beside the agreements</source>
        <translation>Uden for aftalerne</translation>
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
        <translation>Budget %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tables of the spend figures</source>
        <translation>Tabeller over forbruget</translation>
    </message>
</context>
<context>
    <name>SupportGlance</name>
    <message>
        <location filename="../desktop/ui/support/glance.py" line="-152"/>
        <source>Waiting for approval</source>
        <translation>Venter på godkendelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected by the supplier</source>
        <translation>Afvist af leverandøren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined by the manager</source>
        <translation>Afvist af lederen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed by the supplier: check it</source>
        <translation>Ændret af leverandøren: tjek den</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent yet</source>
        <translation>Ikke sendt endnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Besvaret</translation>
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
        <translation>Enhedsleder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Superuser</source>
        <translation>Superbruger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procurement office</source>
        <translation>Udbudsafdelingen</translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <location filename="../desktop/ui/support/page.py" line="+199"/>
        <source>Views of the unit&apos;s support</source>
        <translation>Visninger af enhedens support</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>At a glance</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order templates</source>
        <translation>Bestillingsskabeloner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support bundles</source>
        <translation>Supportpakker</translation>
    </message>
    <message>
        <source>One item put in the cart.</source>
        <translation type="vanished">Én vare lagt i indkøbskurven.</translation>
    </message>
    <message>
        <source>%1 items put in the cart.</source>
        <translation type="vanished">%1 varer lagt i indkøbskurven.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Template saved for the unit.</source>
        <translation>Skabelonen er gemt for enheden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cart is empty: add items in Find first.</source>
        <translation>Indkøbskurven er tom: tilføj først varer i Søg.</translation>
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
        <translation>Support</translation>
    </message>
    <message numerus="yes">
        <location line="-60"/>
        <source>%n item(s) put in the cart.</source>
        <translation>
            <numerusform>Én vare lagt i indkøbskurven.</numerusform>
            <numerusform>%n varer lagt i indkøbskurven.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <location filename="../desktop/ui/shell/sync_labels.py" line="+12"/>
        <source>Syncing your account…</source>
        <translation>Synkroniserer din konto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing units…</source>
        <translation>Synkroniserer enheder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing agreements…</source>
        <translation>Synkroniserer aftaler…</translation>
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
        <translation>Synkroniserer vejledning…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing announcements…</source>
        <translation>Synkroniserer meddelelser…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing orders…</source>
        <translation>Synkroniserer bestillinger…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync finished</source>
        <translation>Synkroniseringen er færdig</translation>
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
        <translation>Gem som</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-projektmappe (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV til regneark (*.csv)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file could not be saved: %1. Choose another folder and try again.</source>
        <translation>Filen kunne ikke gemmes: %1. Vælg en anden mappe, og prøv igen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1</source>
        <translation>Gemt: %1</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <location filename="../desktop/ui/support/templates_tab.py" line="+57"/>
        <source>Start a cart from this template</source>
        <translation>Fyld indkøbskurven fra skabelonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the unit&apos;s cart as a template…</source>
        <translation>Gem enhedens indkøbskurv som skabelon…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the items in the cart from Find first; they become the template.</source>
        <translation>Læg først varerne i indkøbskurven fra Søg; de bliver skabelonen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>Vare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>In the catalogue</source>
        <translation>I kataloget</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Order templates</source>
        <translation>Bestillingsskabeloner</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The unit has no order templates yet.</source>
        <translation>Enheden har ingen bestillingsskabeloner endnu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gone; instead: %1</source>
        <translation>Udgået; i stedet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gone, and nothing like it on the agreement</source>
        <translation>Udgået, og intet lignende på aftalen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Items that left the catalogue go into the cart as their replacement.</source>
        <translation>Varer, der er udgået af kataloget, lægges i kurven som deres erstatning.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New order template</source>
        <translation>Ny bestillingsskabelon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the template:</source>
        <translation>Skabelonens navn:</translation>
    </message>
</context>
</TS>

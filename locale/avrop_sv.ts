<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>AgreementsModel</name>
    <message>
        <source>Order directly</source>
        <translation type="vanished">Beställ direkt</translation>
    </message>
    <message>
        <source>Ranked suppliers, in order</source>
        <translation type="vanished">Rangordnade leverantörer, i tur och ordning</translation>
    </message>
    <message>
        <source>Mini-competition: ask the procurement office</source>
        <translation type="vanished">Förnyad konkurrensutsättning: fråga upphandlingsenheten</translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="vanished">Nummer</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="vanished">Ramavtal</translation>
    </message>
    <message>
        <source>How to order</source>
        <translation type="vanished">Så beställer du</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation type="vanished">Giltigt till</translation>
    </message>
    <message>
        <source>In Avrop</source>
        <translation type="vanished">I Avrop</translation>
    </message>
    <message>
        <source>Starts %1</source>
        <translation type="vanished">Börjar %1</translation>
    </message>
    <message>
        <source>Until further notice</source>
        <translation type="vanished">Tills vidare</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation type="vanished">%1 (har gått ut)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="vanished">Ja</translation>
    </message>
    <message>
        <source>No, call or e-mail</source>
        <translation type="vanished">Nej, ring eller mejla</translation>
    </message>
    <message>
        <source>This agreement is not valid yet.</source>
        <translation type="vanished">Det här avtalet gäller inte än.</translation>
    </message>
    <message>
        <source>This agreement has expired. Do not order under it.</source>
        <translation type="vanished">Det här avtalet har gått ut. Beställ inte på det.</translation>
    </message>
</context>
<context>
    <name>AnnouncementBanner</name>
    <message>
        <location filename="../desktop/ui/find/announcements.py" line="+107"/>
        <source>News from the procurement office</source>
        <translation>Nytt från upphandlingsenheten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ne&amp;xt (%1 of %2)</source>
        <translation>Nä&amp;sta (%1 av %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ne&amp;xt</source>
        <translation>Nä&amp;sta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ll news</source>
        <translation>Alla nyh&amp;eter</translation>
    </message>
    <message>
        <source>&amp;Next (%1 of %2)</source>
        <translation type="vanished">&amp;Nästa (%1 av %2)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="vanished">&amp;Nästa</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Show the &amp;items</source>
        <translation>Visa a&amp;rtiklarna</translation>
    </message>
    <message>
        <source>All &amp;news</source>
        <translation type="vanished">Alla n&amp;yheter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>AnnouncementsDialog</name>
    <message>
        <location line="+69"/>
        <source>News from the procurement office</source>
        <translation>Nytt från upphandlingsenheten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announcements</source>
        <translation>Meddelanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No news from the procurement office yet.</source>
        <translation>Inga nyheter från upphandlingsenheten än.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../desktop/ui/shell/app_controller.py" line="+177"/>
        <source>Signing out…</source>
        <translation>Loggar ut…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Starting Avrop…</source>
        <translation>Startar Avrop…</translation>
    </message>
</context>
<context>
    <name>AppStatusBar</name>
    <message>
        <location filename="../desktop/ui/shell/status_bar.py" line="+135"/>
        <source>Connecting…</source>
        <translation>Ansluter…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checking the connection to the server.</source>
        <translation>Kontrollerar anslutningen till servern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Online</source>
        <translation>Ansluten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connected to the server.</source>
        <translation>Ansluten till servern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline</source>
        <translation>Frånkopplad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server cannot be reached. You can keep working with the data on this computer; Avrop reconnects by itself.</source>
        <translation>Servern går inte att nå. Du kan fortsätta arbeta med uppgifterna på den här datorn; Avrop ansluter igen av sig själv.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not synced yet</source>
        <translation>Inte synkroniserad än</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last synced %1</source>
        <translation>Senast synkroniserad %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in as %1</source>
        <translation>Inloggad som %1</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../desktop/ui/orders/approval_dialog.py" line="+38"/>
        <source>Approve order %1</source>
        <translation>Godkänn beställning %1</translation>
    </message>
    <message>
        <source>%1 ordered from %2 for %3 %4.</source>
        <translation type="vanished">%1 beställde från %2 för %3 %4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ordered from %2 for %3.</source>
        <translation>%1 beställde från %2 för %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Message from the orderer: %1</source>
        <translation>Meddelande från beställaren: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No message.</source>
        <translation>Inget meddelande.</translation>
    </message>
    <message>
        <source>… and %1 more lines</source>
        <translation type="vanished">… och %1 rader till</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Reason (required to decline):</source>
        <translation>&amp;Motivering (krävs för att avslå):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason for the decision</source>
        <translation>Motivering till beslutet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Approve</source>
        <translation>&amp;Godkänn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve the order</source>
        <translation>Godkänn beställningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decline</source>
        <translation>&amp;Avslå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline the order</source>
        <translation>Avslå beställningen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without deciding</source>
        <translation>Stäng utan att besluta</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The unit&apos;s approval limit is %1.</source>
        <translation>Enhetens attestgräns är %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The budget of account %1 is not known on this computer.</source>
        <translation>Budgeten för konto %1 finns inte på den här datorn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left on account %1 this year: %2 of %3.</source>
        <translation>Kvar på konto %1 i år: %2 av %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write why you decline, so the orderer knows what to do.</source>
        <translation>Skriv varför du avslår, så att beställaren vet vad hen ska göra.</translation>
    </message>
    <message numerus="yes">
        <location line="-63"/>
        <source>… and %n more line(s)</source>
        <translation>
            <numerusform>… och %n rad till</numerusform>
            <numerusform>… och %n rader till</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleDialog</name>
    <message>
        <location filename="../desktop/ui/support/bundles_tab.py" line="+32"/>
        <source>Support bundle from %1</source>
        <translation>Supportpaket från %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the bundle holds</source>
        <translation>Vad paketet innehåller</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the support bundle</source>
        <translation>Stäng supportpaketet</translation>
    </message>
</context>
<context>
    <name>BundlesTab</name>
    <message>
        <location line="+37"/>
        <source>Something not working? Send your superuser a support bundle: the app&apos;s version, when it last synced, what waits to be sent and recent messages. No passwords, no sign-in tokens.</source>
        <translation>Fungerar något inte? Skicka ett supportpaket till din superanvändare: appens version, när den senast synkroniserade, vad som väntar på att skickas och de senaste meddelandena. Inga lösenord, inga inloggningsnycklar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send a support bundle…</source>
        <translation>Skicka ett supportpaket…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Skickat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Support bundles</source>
        <translation>Supportpaket</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Send a support bundle</source>
        <translation>Skicka ett supportpaket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What went wrong? (optional)</source>
        <translation>Vad gick fel? (valfritt)</translation>
    </message>
</context>
<context>
    <name>CallOffDialog</name>
    <message>
        <location filename="../desktop/ui/find/calloff_dialog.py" line="+165"/>
        <source>Record a call-off</source>
        <translation>Registrera ett avrop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You ordered under %1 (%2) by phone, e-mail or the supplier&apos;s web shop. Record it here so it counts as bought under the agreement.</source>
        <translation>Du beställde enligt %1 (%2) per telefon, e-post eller i leverantörens webbutik. Registrera det här så räknas köpet som gjort enligt avtalet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Supplier:</source>
        <translation>&amp;Leverantör:</translation>
    </message>
    <message>
        <source>&amp;Amount excl. VAT (SEK):</source>
        <translation type="vanished">&amp;Belopp exkl. moms (kr):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What did you order?</source>
        <translation>&amp;Vad beställde du?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ordered on:</source>
        <translation>Beställt &amp;den:</translation>
    </message>
    <message>
        <source>&amp;Why not a supplier ranked higher?</source>
        <translation type="vanished">V&amp;arför inte en leverantör högre i rangordningen?</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Amount excl. VAT:</source>
        <translation>&amp;Belopp exkl. moms:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W&amp;hy not a supplier ranked higher?</source>
        <translation>Var&amp;för inte en leverantör högre i rangordningen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For &amp;unit:</source>
        <translation>För &amp;enhet:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Supplier</source>
        <translation>Leverantör</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount excluding VAT</source>
        <translation>Belopp exklusive moms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 4500</source>
        <translation>t.ex. 4500</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you ordered</source>
        <translation>Vad du beställde</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Ordered on</source>
        <translation>Beställt den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why not a supplier ranked higher</source>
        <translation>Varför inte en leverantör högre i rangordningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. supplier 1 could not come this week</source>
        <translation>t.ex. leverantör 1 kunde inte komma den här veckan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>For unit</source>
        <translation>För enhet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record</source>
        <translation>&amp;Registrera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Registrera</translation>
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
        <translation>Vara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier</source>
        <translation>Leverantör</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Antal</translation>
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
        <translation>Belopp</translation>
    </message>
</context>
<context>
    <name>CartPage</name>
    <message>
        <location filename="../desktop/ui/cart/page.py" line="+218"/>
        <source>Cart for %1</source>
        <translation>Varukorg för %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cart</source>
        <translation>Varukorg</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&amp;Place %n order(s)</source>
        <translation>
            <numerusform>&amp;Lägg beställningen</numerusform>
            <numerusform>&amp;Lägg %n beställningar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cart is empty. Find items and add them here.</source>
        <translation>Varukorgen är tom. Sök varor och lägg dem här.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n order(s), one per supplier. Total %1.</source>
        <translation>
            <numerusform>En beställning. Totalt %1.</numerusform>
            <numerusform>%n beställningar, en per leverantör. Totalt %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delivered to %1 (transshipment hub), for %2.</source>
        <translation>Levereras till %1 (omlastningscentral), för %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivered to %1, %2.</source>
        <translation>Levereras till %1, %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Next delivery day</source>
        <translation>Nästa leveransdag</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s), one per supplier. Total %1 SEK.</source>
        <translation type="vanished">
            <numerusform>En beställning. Totalt %1 SEK.</numerusform>
            <numerusform>%n beställningar, en per leverantör. Totalt %1 SEK.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/cart/review_html.py" line="+31"/>
        <source>beside the agreements</source>
        <translation>utanför avtalen</translation>
    </message>
    <message>
        <source>%1 — %2 — %3 %4</source>
        <translation type="vanished">%1 — %2 — %3 %4</translation>
    </message>
    <message>
        <source>Account %1: %2 %3 left of the budget before this order.</source>
        <translation type="vanished">Konto %1: %2 %3 kvar av budgeten före den här beställningen.</translation>
    </message>
    <message>
        <source>“%1” is not a quantity. Type a number.</source>
        <translation type="vanished">”%1” är inte ett antal. Skriv en siffra.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) placed. They are saved on this computer and sent as soon as the server can be reached; follow them under Orders.</source>
        <translation type="vanished">
            <numerusform>%n beställning lagd. Den är sparad på den här datorn och skickas så snart servern går att nå; följ den under Beställningar.</numerusform>
            <numerusform>%n beställningar lagda. De är sparade på den här datorn och skickas så snart servern går att nå; följ dem under Beställningar.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Place the order</source>
        <translation type="vanished">&amp;Lägg beställningen</translation>
    </message>
    <message>
        <source>&amp;Place %1 orders</source>
        <translation type="vanished">&amp;Lägg %1 beställningar</translation>
    </message>
    <message>
        <source>One order. Total %1 SEK.</source>
        <translation type="vanished">En beställning. Totalt %1 SEK.</translation>
    </message>
    <message>
        <source>%2 orders, one per supplier. Total %1 SEK.</source>
        <translation type="vanished">%2 beställningar, en per leverantör. Totalt %1 SEK.</translation>
    </message>
    <message>
        <source>One order. Total %1.</source>
        <translation type="vanished">En beställning. Totalt %1.</translation>
    </message>
    <message>
        <source>%2 orders, one per supplier. Total %1.</source>
        <translation type="vanished">%2 beställningar, en per leverantör. Totalt %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account %1: %2 left of the budget before this order.</source>
        <translation>Konto %1: %2 kvar av budgeten före den här beställningen.</translation>
    </message>
    <message>
        <source>The order is placed.</source>
        <translation type="vanished">Beställningen är lagd.</translation>
    </message>
    <message>
        <source>%1 orders are placed.</source>
        <translation type="vanished">%1 beställningar är lagda.</translation>
    </message>
    <message>
        <source>It is saved on this computer and sent as soon as the server can be reached; follow it under Orders.</source>
        <translation type="vanished">Den är sparad på den här datorn och skickas så snart servern går att nå; följ den under Beställningar.</translation>
    </message>
    <message>
        <source>They are saved on this computer and sent as soon as the server can be reached; follow them under Orders.</source>
        <translation type="vanished">De är sparade på den här datorn och skickas så snart servern går att nå; följ dem under Beställningar.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cart/page.py" line="+91"/>
        <source>Nothing was placed: fix what the list above says.</source>
        <translation>Inget lades: rätta det som listan ovan säger.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Items in the cart</source>
        <translation>Varor i varukorgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a new quantity to change it; Delete removes the item.</source>
        <translation>Skriv ett nytt antal för att ändra det; Delete tar bort varan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove item</source>
        <translation>&amp;Ta bort vara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected item from the cart</source>
        <translation>Ta bort den markerade varan från varukorgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders to be placed and what to check</source>
        <translation>Beställningar som ska läggas och vad du ska kontrollera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delivery date:</source>
        <translation>Leveransdat&amp;um:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Requested delivery date</source>
        <translation>Önskat leveransdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;te to the supplier:</source>
        <translation>&amp;Meddelande till leverantören:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note to the supplier</source>
        <translation>Meddelande till leverantören</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why beside the agreements:</source>
        <translation>&amp;Varför utanför avtalen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for buying beside the agreements</source>
        <translation>Skäl att köpa utanför avtalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place the orders</source>
        <translation>Lägg beställningarna</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cart/review_html.py" line="+15"/>
        <source>Ready to place.</source>
        <translation>Klar att lägga.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) are placed.</source>
        <translation type="vanished">
            <numerusform>Beställningen är lagd.</numerusform>
            <numerusform>%n beställningar är lagda.</numerusform>
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
        <translation>Avrop måste stängas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avrop ran into a problem it did not expect and must close. What was saved on this computer is kept; queued orders are sent after the next start.</source>
        <translation>Avrop stötte på ett oväntat problem och måste stängas. Det som sparats på den här datorn finns kvar; köade beställningar skickas efter nästa start.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>If it happens again, send the details to your IT support. They are saved in %1.</source>
        <translation>Om det händer igen, skicka detaljerna till din IT-support. De är sparade i %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details of the problem</source>
        <translation>Detaljer om problemet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Kopiera detaljer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy details</source>
        <translation>Kopiera detaljer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lose Avrop</source>
        <translation>S&amp;täng Avrop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close Avrop</source>
        <translation>Stäng Avrop</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copied</source>
        <translation>Kopierat</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../desktop/ui/orders/document_view.py" line="+131"/>
        <source>PEPPOL order document</source>
        <translation>PEPPOL-orderdokument</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The order as the supplier receives it</source>
        <translation>Beställningen som leverantören får den</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Avrop cannot read this document as an order; its text is below.</source>
        <translation>Avrop kan inte läsa dokumentet som en beställning; texten finns nedan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Technical details</source>
        <translation>&amp;Tekniska detaljer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the document&apos;s XML</source>
        <translation>Visa dokumentets XML</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order document as the server received it</source>
        <translation>Orderdokumentet så som servern tog emot det</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close the document</source>
        <translation>Stäng dokumentet</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../desktop/ui/shell/error_table.py" line="+15"/>
        <source>Too many failed sign-ins. Wait a quarter of an hour, then try again; if you have forgotten your password, ask the procurement office.</source>
        <translation>För många misslyckade inloggningar. Vänta en kvart och försök sedan igen; om du har glömt ditt lösenord, fråga upphandlingsenheten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The user name or password is wrong. Check them and try again.</source>
        <translation>Användarnamnet eller lösenordet är fel. Kontrollera dem och försök igen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Avrop cannot reach the server. Check your network connection and try again. You can keep working with the data on this computer meanwhile.</source>
        <translation>Avrop når inte servern. Kontrollera nätverksanslutningen och försök igen. Under tiden kan du fortsätta arbeta med uppgifterna på den här datorn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server had a problem and could not answer. Try again in a few minutes; if it keeps happening, contact the procurement office.</source>
        <translation>Servern fick ett problem och kunde inte svara. Försök igen om några minuter; om det fortsätter, kontakta upphandlingsenheten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Avrop cannot use this computer&apos;s password store (keyring), so it cannot remember your sign-in. You can sign in for this session only.</source>
        <translation>Avrop kan inte använda datorns lösenordsförvaring (nyckelring) och kan därför inte komma ihåg din inloggning. Du kan logga in bara för den här gången.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server address must start with https://. Plain http:// is only allowed for this computer. Check the address with the procurement office.</source>
        <translation>Serveradressen måste börja med https://. Vanlig http:// är bara tillåten för den här datorn. Kontrollera adressen med upphandlingsenheten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server address is not valid. Enter it as https://server.example.com.</source>
        <translation>Serveradressen är inte giltig. Skriv den som https://server.exempel.se.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s security certificate could not be verified. Do not continue; contact your IT support.</source>
        <translation>Serverns säkerhetscertifikat kunde inte kontrolleras. Fortsätt inte; kontakta din IT-support.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data on this computer was saved by a newer version of Avrop. Install the newest version of Avrop to open it.</source>
        <translation>Uppgifterna på den här datorn sparades av en nyare version av Avrop. Installera den senaste versionen av Avrop för att öppna dem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your sign-in has expired. Sign in again to continue.</source>
        <translation>Din inloggning har gått ut. Logga in igen för att fortsätta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your sign-in is no longer valid. Sign in again to continue.</source>
        <translation>Din inloggning gäller inte längre. Logga in igen för att fortsätta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are not signed in. Sign in to continue.</source>
        <translation>Du är inte inloggad. Logga in för att fortsätta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are not allowed to do this. Ask your manager or the procurement office if you need access.</source>
        <translation>Du har inte behörighet att göra detta. Fråga din chef eller upphandlingsenheten om du behöver behörighet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server no longer has this item. Sync and try again.</source>
        <translation>Servern har inte längre det här. Synkronisera och försök igen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some of the information is not valid. Check the highlighted field and try again.</source>
        <translation>En del av uppgifterna är inte giltiga. Kontrollera det markerade fältet och försök igen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>The server sent an answer Avrop does not understand. Contact the procurement office.</source>
        <translation>Servern skickade ett svar som Avrop inte förstår. Kontakta upphandlingsenheten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is too large to send. Make it smaller and try again.</source>
        <translation>Det här är för stort för att skickas. Gör det mindre och försök igen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a catalogue snapshot Avrop can use. Build it again with “avrop catalogue snapshot”.</source>
        <translation>Det här är ingen katalogögonblicksbild som Avrop kan använda. Bygg den igen med ”avrop catalogue snapshot”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another catalogue snapshot is being published just now. Try again in a minute.</source>
        <translation>En annan katalogögonblicksbild publiceras just nu. Försök igen om en minut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please fill in all fields.</source>
        <translation>Fyll i alla fält.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Avrop cannot read its data on this computer. Contact your IT support; do not delete any files.</source>
        <translation>Avrop kan inte läsa sina uppgifter på den här datorn. Kontakta din IT-support; radera inga filer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Avrop could not update its data on this computer. Nothing was lost: a backup was made. Contact your IT support.</source>
        <translation>Avrop kunde inte uppdatera sina uppgifter på den här datorn. Inget gick förlorat: en säkerhetskopia gjordes. Kontakta din IT-support.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The demo could not start. Close Avrop and try again.</source>
        <translation>Demon kunde inte starta. Stäng Avrop och försök igen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Syncing did not finish. The data you had before is kept. Try again with File → Sync now.</source>
        <translation>Synkroniseringen blev inte klar. Uppgifterna du hade innan finns kvar. Försök igen med Arkiv → Synkronisera nu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server could not understand the request. Try again; if it keeps happening, contact the procurement office.</source>
        <translation>Servern kunde inte förstå begäran. Försök igen; om det fortsätter, kontakta upphandlingsenheten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server had an unexpected problem. Try again in a few minutes; if it keeps happening, contact the procurement office.</source>
        <translation>Servern fick ett oväntat problem. Försök igen om några minuter; om det fortsätter, kontakta upphandlingsenheten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server does not offer this. Install the newest version of Avrop.</source>
        <translation>Servern erbjuder inte detta. Installera den senaste versionen av Avrop.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server cannot answer in a form Avrop reads. Install the newest version of Avrop.</source>
        <translation>Servern kan inte svara i en form som Avrop kan läsa. Installera den senaste versionen av Avrop.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server does not accept what Avrop sent. Install the newest version of Avrop.</source>
        <translation>Servern tar inte emot det Avrop skickade. Installera den senaste versionen av Avrop.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused a request without its safety key. Install the newest version of Avrop; if it keeps happening, contact your IT support.</source>
        <translation>Servern avvisade en begäran utan sin säkerhetsnyckel. Installera den senaste versionen av Avrop; om det fortsätter, kontakta din IT-support.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server already received something different under the same safety key, so it refused this. Nothing was sent twice. Contact the procurement office.</source>
        <translation>Servern har redan tagit emot något annat med samma säkerhetsnyckel, så den avvisade detta. Inget skickades två gånger. Kontakta upphandlingsenheten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server is still handling this. Avrop tries again by itself in a moment.</source>
        <translation>Servern arbetar fortfarande med detta. Avrop försöker igen av sig själv om en stund.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server already has this order, so it was not sent twice. Follow it under Orders.</source>
        <translation>Servern har redan den här beställningen, så den skickades inte två gånger. Följ den under Beställningar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This item is no longer in the cart. Look at the cart again.</source>
        <translation>Varan finns inte längre i varukorgen. Titta på varukorgen igen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The delivery names an item that is not in the order. Check the delivery against the order.</source>
        <translation>Leveransen nämner en vara som inte finns i beställningen. Jämför leveransen med beställningen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This order cannot be marked as received now. Sync (F5) and look at its state under Orders.</source>
        <translation>Beställningen kan inte markeras som mottagen nu. Synkronisera (F5) och se dess läge under Beställningar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A received quantity cannot be below zero. Correct the number.</source>
        <translation>En mottagen mängd kan inte vara under noll. Rätta siffran.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The supplier&apos;s answer names an item that is not in the order. Contact the supplier.</source>
        <translation>Leverantörens svar nämner en vara som inte finns i beställningen. Kontakta leverantören.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The supplier&apos;s answer leaves out items of the order. Contact the supplier.</source>
        <translation>Leverantörens svar utelämnar varor i beställningen. Kontakta leverantören.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The supplier&apos;s answer lists items it should not. Contact the supplier.</source>
        <translation>Leverantörens svar listar varor som det inte borde. Kontakta leverantören.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order does not wait for an answer from the supplier now. Sync (F5) and look at its state under Orders.</source>
        <translation>Beställningen väntar inte på svar från leverantören nu. Synkronisera (F5) och se dess läge under Beställningar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The supplier&apos;s answer has a quantity below zero. Contact the supplier.</source>
        <translation>Leverantörens svar har en mängd under noll. Kontakta leverantören.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Something went wrong. Try again; if it keeps happening, contact the procurement office.</source>
        <translation>Något gick fel. Försök igen; om det fortsätter, kontakta upphandlingsenheten.</translation>
    </message>
</context>
<context>
    <name>FatalError</name>
    <message>
        <location filename="../desktop/ui/shell/fatal_error.py" line="+41"/>
        <source>Avrop cannot start</source>
        <translation>Avrop kan inte starta</translation>
    </message>
</context>
<context>
    <name>FindActions</name>
    <message>
        <location filename="../desktop/ui/find/actions.py" line="+62"/>
        <location line="+147"/>
        <source>This item is no longer in the catalogue.</source>
        <translation>Artikeln finns inte längre i katalogen.</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Choose the unit you order for first.</source>
        <translation>Välj först vilken enhet du beställer för.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added to the cart: %1</source>
        <translation>Lagd i varukorgen: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Call-off under %1 (%2): </source>
        <translation>Avrop enligt %1 (%2): </translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Downloading the catalogue…</source>
        <translation>Hämtar katalogen…</translation>
    </message>
    <message>
        <source>Your question is saved and goes to the procurement office as soon as Avrop is online. You find the answer under Help.</source>
        <translation type="vanished">Din fråga är sparad och skickas till upphandlingsenheten så snart Avrop är uppkopplat. Svaret hittar du under Hjälp.</translation>
    </message>
    <message>
        <source>The call-off is recorded; it counts as bought under the agreement.</source>
        <translation type="vanished">Avropet är registrerat och räknas som köpt enligt avtalet.</translation>
    </message>
    <message>
        <source>Your question is saved; it goes to the office when you are online.</source>
        <translation type="vanished">Frågan är sparad och skickas när du är uppkopplad.</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Your question is saved and goes to the procurement office as soon as Avrop is online. Their answer comes under Help (Ctrl+5).</source>
        <translation>Frågan är sparad och går till upphandlingsenheten så snart Avrop är uppkopplat. Svaret kommer under Hjälp (Ctrl+5).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The call-off is recorded under the agreement.</source>
        <translation>Avropet är registrerat enligt avtalet.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Updating guidance and catalogues…</source>
        <translation>Uppdaterar vägledning och kataloger…</translation>
    </message>
    <message>
        <source>Updating catalogues: supplier %1 of %2 (%3), %4 lines</source>
        <translation type="vanished">Uppdaterar kataloger: leverantör %1 av %2 (%3), %4 rader</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> at line %1</source>
        <translation> på rad %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The catalogue of %1 could not be updated (an error%2). Avrop uses the one from the last good sync: %3.</source>
        <translation>Katalogen från %1 kunde inte uppdateras (ett fel%2). Avrop använder den från senaste lyckade synkningen: %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Offline: showing the catalogues from the last sync.</source>
        <translation>Frånkopplad: visar katalogerna från senaste synkningen.</translation>
    </message>
    <message numerus="yes">
        <location line="-40"/>
        <source>Updating catalogues: supplier %1 of %2 (%3), %Ln line(s)</source>
        <translation>
            <numerusform>Uppdaterar kataloger: leverantör %1 av %2 (%3), %Ln rad</numerusform>
            <numerusform>Uppdaterar kataloger: leverantör %1 av %2 (%3), %Ln rader</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindFavourites</name>
    <message>
        <location filename="../desktop/ui/find/favourites.py" line="+89"/>
        <source>Added to your favourites.</source>
        <translation>Tillagd bland dina favoriter.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed from your favourites.</source>
        <translation>Borttagen från dina favoriter.</translation>
    </message>
    <message>
        <source>%1 favourites.</source>
        <translation type="vanished">%1 favoriter.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No favourites yet: choose an item and star it (%1).</source>
        <translation>Inga favoriter än: välj en artikel och stjärnmärk den (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No longer in the catalogue: %1</source>
        <translation>Finns inte längre i katalogen: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Favourites</source>
        <translation>Favoriter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show my favourites</source>
        <translation>Visa mina favoriter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your starred items; star the chosen item with Ctrl+D</source>
        <translation>Dina stjärnmärkta artiklar; stjärnmärk den valda artikeln med Ctrl+D</translation>
    </message>
    <message numerus="yes">
        <location line="-21"/>
        <source>%n favourite(s).</source>
        <translation>
            <numerusform>%n favorit.</numerusform>
            <numerusform>%n favoriter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindPage</name>
    <message>
        <source>No agreements on this computer yet. Sync with File → Sync now (F5).</source>
        <translation type="vanished">Inga avtal på den här datorn än. Synkronisera med Arkiv → Synkronisera nu (F5).</translation>
    </message>
    <message>
        <source>No agreement matches. Try another word, or ask the procurement office.</source>
        <translation type="vanished">Inget avtal matchar. Prova ett annat ord eller fråga upphandlingsenheten.</translation>
    </message>
    <message>
        <source>Agreements shown: %1</source>
        <translation type="vanished">Visade avtal: %1</translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="vanished">Sök</translation>
    </message>
    <message>
        <source>These are your municipality&apos;s framework agreements. Buy under them: the prices are agreed and the purchase follows the rules. Product search is coming soon.</source>
        <translation type="vanished">Det här är kommunens ramavtal. Köp via dem: priserna är avtalade och köpet följer reglerna. Sökning bland varor kommer snart.</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation type="vanished">Fi&amp;ltrera:</translation>
    </message>
    <message>
        <source>Type a word, e.g. coffee or paper</source>
        <translation type="vanished">Skriv ett ord, t.ex. kaffe eller papper</translation>
    </message>
    <message>
        <source>Filter agreements</source>
        <translation type="vanished">Filtrera avtal</translation>
    </message>
    <message>
        <source>Framework agreements</source>
        <translation type="vanished">Ramavtal</translation>
    </message>
</context>
<context>
    <name>FindResultsModel</name>
    <message>
        <location filename="../desktop/ui/find/results_model.py" line="+84"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare price</source>
        <translation>Jämförpris</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Supplier</source>
        <translation>Leverantör</translation>
    </message>
    <message>
        <location filename="../desktop/ui/find/result_texts.py" line="+20"/>
        <location filename="../desktop/ui/find/results_model.py" line="-3"/>
        <source>Agreement</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <location filename="../desktop/ui/find/results_model.py" line="+2"/>
        <source>Labels</source>
        <translation>Märkning</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>You save</source>
        <translation>Du sparar</translation>
    </message>
    <message>
        <source>Price, SEK</source>
        <translation type="vanished">Pris, kr</translation>
    </message>
    <message>
        <source>Compare, SEK</source>
        <translation type="vanished">Jämförpris, kr</translation>
    </message>
    <message>
        <location filename="../desktop/ui/find/result_texts.py" line="-2"/>
        <source>Not on agreement</source>
        <translation>Ej avtal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement not valid</source>
        <translation>Avtalet gäller inte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saves %1</source>
        <translation>Sparar %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis stock</source>
        <translation>Krislager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eco</source>
        <translation>Miljö</translation>
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
        <translation type="vanished">Jämförpris, %1</translation>
    </message>
</context>
<context>
    <name>FindSorting</name>
    <message>
        <source>S&amp;ort by:</source>
        <translation type="vanished">S&amp;ortera efter:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/find/sorting.py" line="+89"/>
        <source>Best match, best offer first</source>
        <translation>Bäst matchning, bästa erbjudandet först</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price, lowest first</source>
        <translation>Pris, lägst först</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price (per kg, litre, piece), lowest first</source>
        <translation>Jämförpris (per kg, liter, styck), lägst först</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier, A to Z</source>
        <translation>Leverantör, A–Ö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving against the list price, largest first</source>
        <translation>Besparing mot listpriset, störst först</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Sort the results by</source>
        <translation>Sortera resultaten efter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The saving is how much below the supplier&apos;s list price the agreement price is. The best match shows each product once, with the first choice among its suppliers&apos; offers.</source>
        <translation>Besparingen är hur mycket lägre avtalspriset är än leverantörens listpris. Bäst matchning visar varje produkt en gång, med förstahandsvalet bland leverantörernas erbjudanden.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Sort &amp;by:</source>
        <translation>S&amp;ortera efter:</translation>
    </message>
</context>
<context>
    <name>FindTexts</name>
    <message>
        <location filename="../desktop/ui/find/texts.py" line="+31"/>
        <source>Direct call-off</source>
        <translation>Direkt avrop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranked suppliers</source>
        <translation>Rangordnade leverantörer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mini-competition</source>
        <translation>Förnyad konkurrensutsättning</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/formats.py" line="+23"/>
        <source>pack</source>
        <translation>förp.</translation>
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
        <translation>timme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>box</source>
        <translation>kartong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ream</source>
        <translation>bunt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pair</source>
        <translation>par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set</source>
        <translation>sats</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <location line="+1"/>
        <source>piece</source>
        <translation>st</translation>
    </message>
    <message>
        <location filename="../desktop/ui/find/texts.py" line="+7"/>
        <source>Nordic Swan</source>
        <translation>Svanen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU Ecolabel</source>
        <translation>EU-Blomman</translation>
    </message>
    <message>
        <source>Organic</source>
        <translation type="vanished">Ekologisk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fairtrade</source>
        <translation>Fairtrade</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When you can (within a month)</source>
        <translation>När ni hinner (inom en månad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within a week</source>
        <translation>Inom en vecka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent (within two days)</source>
        <translation>Brådskande (inom två dagar)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Waiting to be sent</source>
        <translation>Väntar på att skickas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the procurement office</source>
        <translation>Hos upphandlingsenheten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Besvarad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/error_table.py" line="-57"/>
        <source>Describe what you need, in a sentence or two.</source>
        <translation>Beskriv vad du behöver med en eller två meningar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The description is too long. Keep it under 2,000 characters.</source>
        <translation>Beskrivningen är för lång. Håll den under 2 000 tecken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose one of the units you order for.</source>
        <translation>Välj en av de enheter du beställer för.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The quantity is too long. Write it shortly, e.g. 20 or about 5 boxes.</source>
        <translation>Antalet är för långt. Skriv kort, t.ex. 20 eller cirka 5 kartonger.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the estimated amount as a number, e.g. 1500 or 1500.50.</source>
        <translation>Skriv det uppskattade beloppet som ett tal, t.ex. 1500 eller 1500,50.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avrop does not know this agreement. Sync (F5) and try again.</source>
        <translation>Avrop känner inte till det här avtalet. Synka (F5) och försök igen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose one of the agreement&apos;s suppliers.</source>
        <translation>Välj en av avtalets leverantörer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The order date cannot be in the future. Record the call-off once it is made.</source>
        <translation>Beställningsdatumet kan inte ligga i framtiden. Registrera avropet när det är gjort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agreement was not valid on that date. Check the date.</source>
        <translation>Avtalet gällde inte det datumet. Kontrollera datumet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the amount excluding VAT, above zero, e.g. 4500 or 4500.50.</source>
        <translation>Skriv beloppet exklusive moms, större än noll, t.ex. 4500 eller 4500,50.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write what you ordered, e.g. &apos;Taxi to the swimming hall&apos;.</source>
        <translation>Skriv vad du beställde, t.ex. &apos;Taxi till simhallen&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This supplier is not first in rank. Write why the suppliers before it could not deliver.</source>
        <translation>Den här leverantören är inte först i rangordningen. Skriv varför leverantörerna före inte kunde leverera.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reason is too long. Keep it under 500 characters.</source>
        <translation>Anledningen är för lång. Håll den under 500 tecken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This agreement&apos;s items are in Avrop: search for them and order here.</source>
        <translation>Avtalets artiklar finns i Avrop: sök fram dem och beställ här.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The supplier&apos;s catalogue has errors, so Avrop keeps the one it had. The procurement office has been told.</source>
        <translation>Leverantörens katalog innehåller fel, så Avrop behåller den som fanns. Upphandlingsenheten har fått veta det.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The supplier&apos;s catalogue could not be read, so Avrop keeps the one it had.</source>
        <translation>Leverantörens katalog kunde inte läsas, så Avrop behåller den som fanns.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a short reason, so the unit&apos;s figures can explain the purchase.</source>
        <translation>Skriv en kort anledning, så att enhetens siffror kan förklara köpet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/find/texts.py" line="-28"/>
        <source>KRAV (organic)</source>
        <translation>KRAV (ekologisk)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danish Ø label (organic)</source>
        <translation>Danska Ø-märket (ekologisk)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debio (organic)</source>
        <translation>Debio (ekologisk)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU organic</source>
        <translation>EU-ekologisk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bra Miljöval</source>
        <translation>Bra Miljöval</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This agreement&apos;s items have not reached this computer yet: sync, or ask the procurement office.</source>
        <translation>Avtalets artiklar har inte kommit till den här datorn än: synkronisera, eller fråga upphandlingsenheten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This agreement&apos;s items are not in Avrop&apos;s shop: follow its instructions above, or ask the procurement office.</source>
        <translation>Avtalets artiklar finns inte i Avrops butik: följ instruktionerna ovan, eller fråga upphandlingsenheten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No item in Avrop is called “%1”. Under this agreement the procurement office runs the call-off: send them your need above.</source>
        <translation>Ingen artikel i Avrop heter ”%1”. Under det här avtalet sköter upphandlingsenheten avropet: skicka ditt behov till dem ovan.</translation>
    </message>
</context>
<context>
    <name>FindView</name>
    <message>
        <location filename="../desktop/ui/find/view.py" line="+257"/>
        <source>Searching…</source>
        <translation>Söker…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing found.</source>
        <translation>Inget hittades.</translation>
    </message>
    <message>
        <source>%1 items, agreement items first.</source>
        <translation type="vanished">%1 artiklar, avtalsartiklar först.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No item in Avrop matches “%1”. Try another word, or ask the procurement office: they find it for you.</source>
        <translation>Ingen artikel i Avrop matchar ”%1”. Prova ett annat ord, eller fråga upphandlingsenheten: de hittar det åt dig.</translation>
    </message>
    <message>
        <source>This agreement&apos;s items are not in Avrop&apos;s shop: follow its instructions above, or ask the procurement office.</source>
        <translation type="vanished">Avtalets artiklar finns inte i Avrops butik: följ instruktionerna ovan, eller fråga upphandlingsenheten.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+49"/>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Find</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What do you &amp;need?</source>
        <translation>Vad behöver &amp;du?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a word, e.g. coffee, bread, nappies</source>
        <translation>Skriv ett ord, t.ex. kaffe, bröd, blöjor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What do you need</source>
        <translation>Vad behöver du</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ne&amp;ws</source>
        <translation>N&amp;yheter</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Su&amp;pplier:</source>
        <translation>Le&amp;verantör:</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>No catalogue yet: the items show here once it is synced.</source>
        <translation>Ingen katalog ännu: artiklarna visas här när den har synkroniserats.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Agreement:</source>
        <translation>Av&amp;tal:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agreement filter</source>
        <translation>Avtalsfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier filter</source>
        <translation>Leverantörsfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category filter</source>
        <translation>Kategorifilter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Eco-labelled only</source>
        <translation>Endast &amp;miljömärkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eco-labelled only</source>
        <translation>Endast miljömärkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>News from the procurement office</source>
        <translation>Nytt från upphandlingsenheten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can&apos;t find it? Ask the procurement office</source>
        <translation>Hittar du inte? Fråga upphandlingsenheten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the procurement office…</source>
        <translation>Fråga upphandlingsenheten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the procurement office</source>
        <translation>Fråga upphandlingsenheten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items found</source>
        <translation>Artiklar som hittades</translation>
    </message>
    <message numerus="yes">
        <location line="-117"/>
        <source>%Ln item(s), agreement items first.</source>
        <translation>
            <numerusform>%Ln artikel, avtalsartiklar först.</numerusform>
            <numerusform>%Ln artiklar, avtalsartiklar först.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindWiring</name>
    <message>
        <source>The procurement office has answered you: see Help (Ctrl+5).</source>
        <translation type="vanished">Upphandlingsenheten har svarat dig: se Hjälp (Ctrl+5).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/find/wiring.py" line="+102"/>
        <source>The office has answered you: see Help.</source>
        <translation>Upphandlingsenheten har svarat: se Hjälp.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n item picture(s) were refused as unsafe.</source>
        <translation>
            <numerusform>%n produktbild avvisades som osäker.</numerusform>
            <numerusform>%n produktbilder avvisades som osäkra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) from the server were refused as unsafe.</source>
        <translation type="vanished">
            <numerusform>%n bild från servern avvisades som osäker.</numerusform>
            <numerusform>%n bilder från servern avvisades som osäkra.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstFindPage</name>
    <message>
        <location filename="../desktop/ui/find/first_paint.py" line="+101"/>
        <source>Searching…</source>
        <translation>Söker…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing found.</source>
        <translation>Inget hittades.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Avrop</source>
        <translation>Avrop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What do you &amp;need?</source>
        <translation>Vad behöver &amp;du?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a word, e.g. coffee, bread, nappies</source>
        <translation>Skriv ett ord, t.ex. kaffe, bröd, blöjor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What do you need</source>
        <translation>Vad behöver du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items found</source>
        <translation>Artiklar som hittades</translation>
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
        <translation>Beställningar som behöver någon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions to the procurement office</source>
        <translation>Frågor till upphandlingsenheten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colleagues</source>
        <translation>Kollegor</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+96"/>
        <source>orderer training</source>
        <translation>beställarutbildningen</translation>
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
        <translation>Senaste synk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to be sent</source>
        <translation>Väntar på att skickas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting since</source>
        <translation>Väntar sedan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error</source>
        <translation>Senaste fel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order</source>
        <translation>Beställning</translation>
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
        <translation>Summa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Placed by</source>
        <translation>Lagd av</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Need</source>
        <translation>Behov</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asked by</source>
        <translation>Frågat av</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certified</source>
        <translation>Certifierad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>May order</source>
        <translation>Får beställa</translation>
    </message>
    <message>
        <source>One item is stuck on a colleague&apos;s computer.</source>
        <translation type="vanished">En sak har fastnat på en kollegas dator.</translation>
    </message>
    <message>
        <source>%1 items are stuck on a colleague&apos;s computer.</source>
        <translation type="vanished">%1 saker har fastnat på en kollegas dator.</translation>
    </message>
    <message>
        <source>One order needs someone.</source>
        <translation type="vanished">En beställning behöver någon.</translation>
    </message>
    <message>
        <source>%1 orders need someone.</source>
        <translation type="vanished">%1 beställningar behöver någon.</translation>
    </message>
    <message>
        <source>One question to the office is open.</source>
        <translation type="vanished">En fråga till upphandlingsenheten är öppen.</translation>
    </message>
    <message>
        <source>%1 questions to the office are open.</source>
        <translation type="vanished">%1 frågor till upphandlingsenheten är öppna.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Nothing waits in this unit.</source>
        <translation>Inget väntar i den här enheten.</translation>
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
        <translation>Ännu inte certifierade: %1. De får inte beställa förrän de har gått %2.</translation>
    </message>
    <message numerus="yes">
        <location line="-31"/>
        <source>%n item(s) are stuck on a colleague&apos;s computer.</source>
        <translation>
            <numerusform>En sak har fastnat på en kollegas dator.</numerusform>
            <numerusform>%n saker har fastnat på en kollegas dator.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n order(s) need someone.</source>
        <translation>
            <numerusform>En beställning behöver någon.</numerusform>
            <numerusform>%n beställningar behöver någon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n question(s) to the office are open.</source>
        <translation>
            <numerusform>En fråga till upphandlingsenheten är öppen.</numerusform>
            <numerusform>%n frågor till upphandlingsenheten är öppna.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuidanceCard</name>
    <message>
        <location filename="../desktop/ui/find/guidance_panel.py" line="+127"/>
        <source>Agreement: %1 (%2)</source>
        <translation>Avtal: %1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saves %1</source>
        <translation>Sparar %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation>Nytt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ask the procurement office…</source>
        <translation>Fråga upphandlingsenheten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a call-off you made…</source>
        <translation>Registrera ett avrop du har gjort…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only this agreement&apos;s items</source>
        <translation>Visa bara avtalets artiklar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Valid until %1.</source>
        <translation>Gäller till %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call-offs under this agreement go through a mini-competition. Do not contact the suppliers: send your need to the procurement office and they ask the suppliers for you.</source>
        <translation>Avrop enligt det här avtalet görs genom förnyad konkurrensutsättning. Kontakta inte leverantörerna: skicka ditt behov till upphandlingsenheten så frågar de leverantörerna åt dig.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order here in Avrop, from the suppliers in this order. Use the next one only when the one before cannot deliver; Avrop asks you why.</source>
        <translation>Beställ här i Avrop, från leverantörerna i den här ordningen. Ta nästa bara när den före inte kan leverera; Avrop frågar varför.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order here in Avrop: the agreement&apos;s items are shown first below.</source>
        <translation>Beställ här i Avrop: avtalets artiklar visas först nedan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote agreement number %1 when you order.</source>
        <translation>Uppge avtalsnummer %1 när du beställer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This agreement is not in Avrop&apos;s shop. Contact the suppliers in this order; the next one only when the one before cannot deliver.</source>
        <translation>Det här avtalet finns inte i Avrops butik. Kontakta leverantörerna i den här ordningen; nästa bara när den före inte kan leverera.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This agreement is not in Avrop&apos;s shop. Order directly from the supplier.</source>
        <translation>Det här avtalet finns inte i Avrops butik. Beställ direkt från leverantören.</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <location line="+50"/>
        <source>Agreements for what you need</source>
        <translation>Avtal för det du behöver</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <location filename="../desktop/ui/help/page.py" line="+25"/>
        <source>Orderer</source>
        <translation>Beställare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit manager</source>
        <translation>Chef för enheten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Superuser</source>
        <translation>Superanvändare</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Procurement office</source>
        <translation>Upphandlingsenheten</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>School</source>
        <translation>Skola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kindergarten</source>
        <translation>Förskola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care home</source>
        <translation>Vård- och omsorgsboende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transshipment hub</source>
        <translation>Omlastningscentral</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your units</source>
        <translation>Dina enheter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can&apos;t find what you need?</source>
        <translation>Hittar du inte det du behöver?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data on this computer</source>
        <translation>Uppgifter på den här datorn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F5 Sync now</source>
        <translation>F5 Synkronisera nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab moves to the next field</source>
        <translation>Tabb går till nästa fält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc closes a dialog</source>
        <translation>Esc stänger en dialogruta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In Find: ↓ from the search box to the results · Enter on an item to its quantity · Enter again puts it in the cart</source>
        <translation>I Sök: ↓ från sökrutan till träffarna · Enter på en vara går till antalet · Enter igen lägger den i varukorgen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyboard</source>
        <translation>Tangentbord</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not signed in.</source>
        <translation>Inte inloggad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name: %1</source>
        <translation>Användarnamn: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role: %1</source>
        <translation>Roll: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certified orderer: you may place orders.</source>
        <translation>Certifierad beställare: du får göra beställningar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not yet certified: ask your manager about the orderer training.</source>
        <translation>Inte certifierad än: fråga din chef om beställarutbildningen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No units yet. Sync with File → Sync now (F5).</source>
        <translation>Inga enheter än. Synkronisera med Arkiv → Synkronisera nu (F5).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask the procurement office, not the supplier. They know every agreement and can tell you where to buy.</source>
        <translation>Fråga upphandlingsenheten, inte leverantören. De känner till alla avtal och kan säga var du ska köpa.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not synced yet.</source>
        <translation>Inte synkroniserad än.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last synced %1.</source>
        <translation>Senast synkroniserad %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything you see is kept on this computer, so Avrop also works without a network.</source>
        <translation>Allt du ser sparas på den här datorn, så Avrop fungerar även utan nätverk.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Not yet certified: take the orderer training before you order or record call-offs: %1</source>
        <translation>Ännu inte certifierad: gå beställarutbildningen innan du beställer eller registrerar avrop: %1</translation>
    </message>
</context>
<context>
    <name>ItemPane</name>
    <message>
        <location filename="../desktop/ui/find/item_pane.py" line="+200"/>
        <source>Picture of %1</source>
        <translation>Bild på %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Framework agreement item</source>
        <translation>Ramavtalsartikel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its agreement is not valid today</source>
        <translation>Avtalet gäller inte i dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not on a framework agreement</source>
        <translation>Inte med i något ramavtal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crisis stock item</source>
        <translation>Krislagerartikel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>valid %1 to %2</source>
        <translation>gäller %1 till %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None</source>
        <translation>Inget</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2) below the list price %3</source>
        <translation>%1 (%2) under listpriset %3</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>✓ Added to the cart: %1 × %2. Ctrl+2 opens the cart.</source>
        <translation>✓ Lagd i varukorgen: %1 × %2. Ctrl+2 öppnar varukorgen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Supplier:</source>
        <translation>Leverantör:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement:</source>
        <translation>Avtal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price:</source>
        <translation>Pris:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare price:</source>
        <translation>Jämförpris:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You save:</source>
        <translation>Du sparar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum order:</source>
        <translation>Minsta beställning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eco labels:</source>
        <translation>Miljömärkning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GTIN:</source>
        <translation>GTIN:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article number:</source>
        <translation>Artikelnummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category:</source>
        <translation>Kategori:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About:</source>
        <translation>Om artikeln:</translation>
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
        <translation>&amp;Lägg i varukorgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to cart</source>
        <translation>Lägg i varukorgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an item in the list to see everything about it.</source>
        <translation>Välj en artikel i listan för att se allt om den.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen item</source>
        <translation>Vald artikel</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Favourite (Ctrl+D): starred</source>
        <translation>Favorit (Ctrl+D): stjärnmärkt</translation>
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
        <translation>Synkroniseringen är klar. Allt är uppdaterat.</translation>
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

Ett inköpsstöd för verksamheter i nordiska kommuner: hitta rätt ramavtal, beställ tryggt och följ upp.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Avrop</source>
        <translation>Avrop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå till</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synkronisera nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>Logga &amp;ut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language and settings…</source>
        <translation>&amp;Språk och inställningar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Avrop</source>
        <translation>&amp;Om Avrop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ordering for:</source>
        <translation>&amp;Beställer för:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Unit you order for</source>
        <translation>Enheten du beställer för</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current place</source>
        <translation>Aktuell vy</translation>
    </message>
    <message>
        <source>Here you will collect what to order, check it against the agreement and the budget, and send it, even without a network.</source>
        <translation type="vanished">Här samlar du det du ska beställa, kontrollerar det mot avtalet och budgeten och skickar det, även utan nätverk.</translation>
    </message>
    <message>
        <source>Here you will follow your orders: sent, confirmed by the supplier, delivered.</source>
        <translation type="vanished">Här följer du dina beställningar: skickade, bekräftade av leverantören, levererade.</translation>
    </message>
</context>
<context>
    <name>MonthExporter</name>
    <message>
        <location filename="../desktop/ui/spend/month_export.py" line="+174"/>
        <source>spend</source>
        <translation>inköp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Month:</source>
        <translation>&amp;Månad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Month to export</source>
        <translation>Månad att exportera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly report (&amp;PDF)…</source>
        <translation>Månadsrapport (&amp;PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the month&apos;s one-page report as PDF</source>
        <translation>Spara månadens rapport på en sida som PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month to E&amp;xcel…</source>
        <translation>Månaden till E&amp;xcel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the month&apos;s tables as an Excel workbook</source>
        <translation>Spara månadens tabeller som Excel-arbetsbok</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <location filename="../desktop/ui/spend/export_pdf.py" line="+75"/>
        <source>Spend report</source>
        <translation>Inköpsrapport</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+41"/>
        <source>Spend</source>
        <translation>Inköp</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Ordered through Avrop</source>
        <translation>Beställt i Avrop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On agreement, outside Avrop</source>
        <translation>På avtal, utanför Avrop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bought beside the agreements</source>
        <translation>Köpt utanför avtalen</translation>
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
        <translation>Avtalstrohet</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Savings realised against list price</source>
        <translation>Realiserad besparing mot listpris</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Savings missed beside the agreements</source>
        <translation>Missad besparing utanför avtalen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Figures up to %1 · printed %2</source>
        <translation>Siffror till och med %1 · utskrivet %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The month and the last twelve months</source>
        <translation>Månaden och de senaste tolv månaderna</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compared with the other units this month</source>
        <translation>Jämfört med de andra enheterna denna månad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-commerce share</source>
        <translation>E-handelsgrad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Largest purchases beside the agreements this month</source>
        <translation>Största inköpen utanför avtalen denna månad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Supplier</source>
        <translation>Leverantör</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement that covers it</source>
        <translation>Avtal som täcker behovet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Budget %1 so far</source>
        <translation>Budget %1 hittills</translation>
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
        <translation>Bundet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spent</source>
        <translation>Förbrukat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Kvar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-commerce share: spend ordered in Avrop. Agreement compliance: spend on a framework agreement, in or outside Avrop. Savings missed: what buying beside the agreements cost, estimated with the price level of the agreement that covered it.</source>
        <translation>E-handelsgrad: andel av inköpen som beställts i Avrop. Avtalstrohet: andel som köpts på ramavtal, i eller utanför Avrop. Missad besparing: vad köp utanför avtalen kostade, uppskattat med prisnivån i det avtal som täckte behovet.</translation>
    </message>
</context>
<context>
    <name>NavigationList</name>
    <message>
        <location filename="../desktop/ui/shell/places.py" line="+118"/>
        <source>Places</source>
        <translation>Vyer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="vanished">%1 (%2)</translation>
    </message>
    <message>
        <source>%1, 1 item</source>
        <translation type="vanished">%1, 1 vara</translation>
    </message>
    <message>
        <source>%1, %2 items</source>
        <translation type="vanished">%1, %2 varor</translation>
    </message>
</context>
<context>
    <name>OffersModel</name>
    <message>
        <location filename="../desktop/ui/find/offers.py" line="+45"/>
        <source>Offer</source>
        <translation>Erbjudande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First choice</source>
        <translation>Förstahandsval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) dearer</source>
        <translation>%1 (%2) dyrare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) cheaper</source>
        <translation>%1 (%2) billigare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same price</source>
        <translation>Samma pris</translation>
    </message>
</context>
<context>
    <name>OffersPanel</name>
    <message numerus="yes">
        <location line="+161"/>
        <source>Offered by %n supplier(s) on this agreement, in the agreement&apos;s rank order: order from the first unless it cannot deliver.</source>
        <translation>
            <numerusform>Erbjuds av %n leverantör på det här avtalet, i avtalets rangordning: beställ från den första om den inte kan leverera.</numerusform>
            <numerusform>Erbjuds av %n leverantörer på det här avtalet, i avtalets rangordning: beställ från den första om den inte kan leverera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Offered by %n supplier(s) on this agreement, cheapest first. Choose one to see it here and add it.</source>
        <translation>
            <numerusform>Erbjuds av %n leverantör på det här avtalet, billigast först. Välj ett erbjudande för att se det här och lägga till det.</numerusform>
            <numerusform>Erbjuds av %n leverantörer på det här avtalet, billigast först. Välj ett erbjudande för att se det här och lägga till det.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Suppliers&apos; offers</source>
        <translation>Leverantörernas erbjudanden</translation>
    </message>
</context>
<context>
    <name>OfficeRequestDialog</name>
    <message>
        <location filename="../desktop/ui/find/office_dialog.py" line="+174"/>
        <source>Ask the procurement office</source>
        <translation>Fråga upphandlingsenheten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Can&apos;t find what you need? Ask the procurement office, not the supplier. They answer here in Avrop; you see the answer under Help. You can send this even without a network.</source>
        <translation>Hittar du inte det du behöver? Fråga upphandlingsenheten, inte leverantören. De svarar här i Avrop; svaret ser du under Hjälp. Du kan skicka frågan även utan nätverk.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What do you &amp;need?</source>
        <translation>Vad &amp;behöver du?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How &amp;many?</source>
        <translation>Hur &amp;många?</translation>
    </message>
    <message>
        <source>Estimated &amp;amount (SEK, optional):</source>
        <translation type="vanished">Uppskattat bel&amp;opp (kr, frivilligt):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated &amp;amount, excl. VAT (optional):</source>
        <translation>Uppskattat bel&amp;opp, exkl. moms (frivilligt):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How &amp;soon?</source>
        <translation>Hur &amp;snart?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For &amp;unit:</source>
        <translation>För &amp;enhet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you need</source>
        <translation>Vad du behöver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many</source>
        <translation>Hur många</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 20, or about 5 boxes</source>
        <translation>t.ex. 20, eller cirka 5 kartonger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated amount</source>
        <translation>Uppskattat belopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1500</source>
        <translation>t.ex. 1500</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>How soon</source>
        <translation>Hur snart</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>For unit</source>
        <translation>För enhet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You searched for: %1</source>
        <translation>Du sökte efter: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;end to the office</source>
        <translation>Skic&amp;ka till upphandlingsenheten</translation>
    </message>
    <message>
        <source>&amp;Send to the office</source>
        <translation type="vanished">&amp;Skicka till upphandlingsenheten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to the office</source>
        <translation>Skicka till upphandlingsenheten</translation>
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
        <translation>Beställning %1 till %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Placed by %1 on behalf of %2.</source>
        <translation>Lagd av %1 för enheten %2.</translation>
    </message>
    <message>
        <source>Total %1 %2; account %3.</source>
        <translation type="vanished">Totalt %1 %2; konto %3.</translation>
    </message>
    <message>
        <source>Confirmed total %1 %2.</source>
        <translation type="vanished">Bekräftat totalt %1 %2.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>%1 (through the hub, for %2)</source>
        <translation>%1 (via omlastningscentralen, till %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delivery on the next delivery day to %1.</source>
        <translation>Leverans nästa leveransdag till %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delivery %1 to %2.</source>
        <translation>Leverans %1 till %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ordered by %1.</source>
        <translation>Beställd av %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total %1; account %2.</source>
        <translation>Totalt %1; konto %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirmed total %1.</source>
        <translation>Bekräftat totalt %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tries so far: %1. Avrop keeps trying.</source>
        <translation>Försök hittills: %1. Avrop fortsätter försöka.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Approved by %1.</source>
        <translation>Godkänd av %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declined by %1.</source>
        <translation>Avslagen av %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Supplier&apos;s answer: %1.</source>
        <translation>Leverantörens svar: %1.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Waits for approval by %1.</source>
        <translation>Väntar på godkännande av %1.</translation>
    </message>
</context>
<context>
    <name>OrderDocument</name>
    <message>
        <location filename="../desktop/ui/orders/document_view.py" line="-107"/>
        <source>Order %1 of %2</source>
        <translation>Beställning %1 den %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Buyer</source>
        <translation>Köpare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier</source>
        <translation>Leverantör</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deliver to: %1</source>
        <translation>Leveransadress: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For: %1</source>
        <translation>Till: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delivery date: %1</source>
        <translation>Leveransdatum: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agreement: %1</source>
        <translation>Avtal: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note: %1</source>
        <translation>Meddelande: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item</source>
        <translation>Vara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Styckpris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Total excl. VAT: %1</source>
        <translation>Totalt exkl. moms: %1</translation>
    </message>
</context>
<context>
    <name>OrderEditDialog</name>
    <message>
        <location filename="../desktop/ui/orders/edit_dialog.py" line="+28"/>
        <source>Change order %1</source>
        <translation>Ändra beställning %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New quantities; 0 removes the line. The order is sent again.</source>
        <translation>Nya antal; 0 tar bort raden. Beställningen skickas igen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quantity of %1</source>
        <translation>Antal av %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save and send again</source>
        <translation>&amp;Spara och skicka igen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes and queue the order again</source>
        <translation>Spara ändringarna och köa beställningen igen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without changing</source>
        <translation>Stäng utan att ändra</translation>
    </message>
</context>
<context>
    <name>OrderTexts</name>
    <message>
        <location filename="../desktop/ui/shell/error_table_orders.py" line="+10"/>
        <source>You do not order for {unit}. Choose one of your own units, or ask your manager to make you an orderer for it.</source>
        <translation>Du beställer inte för {unit}. Välj en av dina egna enheter eller be din chef att göra dig till beställare för den.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only certified orderers may place orders. Ask your manager about the ordering course.</source>
        <translation>Bara certifierade beställare får göra beställningar. Fråga din chef om beställarutbildningen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Avrop does not know the accounts and budget of {unit} yet. Connect to the network once and sync (F5); after that you can order offline too.</source>
        <translation>Avrop känner inte till kontona och budgeten för {unit} än. Anslut till nätverket en gång och synkronisera (F5); sedan kan du beställa även utan nätverk.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your unit is not in Avrop&apos;s register any more. Sync, or ask the procurement office.</source>
        <translation>Din enhet finns inte längre i Avrops register. Synkronisera eller fråga upphandlingsenheten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The supplier is not in Avrop&apos;s register any more. Sync, or ask the procurement office.</source>
        <translation>Leverantören finns inte längre i Avrops register. Synkronisera eller fråga upphandlingsenheten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{supplier} does not take orders through Avrop. Order as the agreement&apos;s instructions say (phone or e-mail).</source>
        <translation>{supplier} tar inte emot beställningar via Avrop. Beställ som avtalets instruktioner säger (telefon eller mejl).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These items are not under a framework agreement. Write why you need to buy them beside the agreements.</source>
        <translation>De här varorna finns inte på något ramavtal. Skriv varför du behöver köpa dem utanför avtalen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agreement of these items is no longer known. Sync, then add them to the cart again.</source>
        <translation>Avtalet för de här varorna är inte längre känt. Synkronisera och lägg sedan varorna i varukorgen igen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agreement {agreement} ({number}) is valid only from {from}. Order these items from then on, or ask the procurement office.</source>
        <translation>Avtalet {agreement} ({number}) gäller först från {from}. Beställ de här varorna från och med då eller fråga upphandlingsenheten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agreement {agreement} ({number}) ended on {to}. Remove these items and find them under the new agreement.</source>
        <translation>Avtalet {agreement} ({number}) upphörde {to}. Ta bort de här varorna och sök dem på det nya avtalet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{supplier} is not a supplier on the agreement {agreement}. Remove these items or choose a supplier on the agreement.</source>
        <translation>{supplier} är inte leverantör på avtalet {agreement}. Ta bort de här varorna eller välj en leverantör på avtalet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{item}: enter a quantity above zero.</source>
        <translation>{item}: ange ett antal över noll.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{item}: {unit} is ordered in whole units; {quantity} is not a whole number.</source>
        <translation>{item}: {unit} beställs i hela enheter; {quantity} är inte ett heltal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item}: use at most {decimals} decimals.</source>
        <translation>{item}: använd högst {decimals} decimaler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item}: the supplier takes at least {minimum} {unit} per order.</source>
        <translation>{item}: leverantören tar minst {minimum} {unit} per beställning.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item}: the supplier takes at most {maximum} {unit} per order.</source>
        <translation>{item}: leverantören tar högst {maximum} {unit} per beställning.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item} has no price. Sync the catalogue, or ask the procurement office.</source>
        <translation>{item} har inget pris. Synkronisera katalogen eller fråga upphandlingsenheten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One order can have one currency only ({currencies}). Ask the procurement office.</source>
        <translation>En beställning kan bara ha en valuta ({currencies}). Fråga upphandlingsenheten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{supplier} takes orders from {minimum}. Add items for {missing} more, or order later together with other items.</source>
        <translation>{supplier} tar emot beställningar från {minimum}. Lägg till varor för {missing} till eller beställ senare tillsammans med andra varor.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This order ({total}) is over your unit&apos;s limit of {limit}. It waits for your manager&apos;s approval before it goes to the supplier.</source>
        <translation>Den här beställningen ({total}) är över enhetens gräns på {limit}. Den väntar på din chefs godkännande innan den går till leverantören.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This order goes {over} over the budget of account {account}: {left} are left. You may still order; your manager will see it.</source>
        <translation>Den här beställningen går {over} över budgeten för konto {account}: {left} finns kvar. Du får ändå beställa; din chef ser det.</translation>
    </message>
    <message>
        <source>{supplier} takes orders from {minimum} {currency}. Add items for {missing} {currency} more, or order later together with other items.</source>
        <translation type="vanished">{supplier} tar emot beställningar från {minimum} {currency}. Lägg till varor för {missing} {currency} till eller beställ senare tillsammans med andra varor.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The delivery date {date} has passed. Choose a later date.</source>
        <translation>Leveransdatumet {date} har passerat. Välj ett senare datum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goods are not delivered to you on {date}. They will come on the next delivery day.</source>
        <translation>Varor levereras inte till er den {date}. De kommer nästa leveransdag.</translation>
    </message>
    <message>
        <source>This order ({total} {currency}) is over your unit&apos;s limit of {limit} {currency}. It waits for your manager&apos;s approval before it goes to the supplier.</source>
        <translation type="vanished">Den här beställningen ({total} {currency}) är över enhetens gräns på {limit} {currency}. Den väntar på din chefs godkännande innan den går till leverantören.</translation>
    </message>
    <message>
        <source>This order goes {over} {currency} over the budget of account {account}: {left} {currency} are left. You may still order; your manager will see it.</source>
        <translation type="vanished">Den här beställningen går {over} {currency} över budgeten för konto {account}: {left} {currency} finns kvar. Du får ändå beställa; din chef ser det.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no budget for this account this year. Check with your manager before ordering.</source>
        <translation>Det finns ingen budget för det här kontot i år. Stäm av med din chef innan du beställer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order has no items.</source>
        <translation>Beställningen har inga varor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order may already have reached the supplier, so it can no longer be changed or cancelled here. Wait for the supplier&apos;s answer.</source>
        <translation>Beställningen kan redan ha nått leverantören, så den kan inte längre ändras eller avbrytas här. Vänta på leverantörens svar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The order no longer exists.</source>
        <translation>Beställningen finns inte längre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server could not read the order document. Change the order and send it again; if it keeps happening, contact the procurement office.</source>
        <translation>Servern kunde inte läsa orderdokumentet. Ändra beställningen och skicka den igen; om det fortsätter, kontakta upphandlingsenheten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The order&apos;s details did not match its document. Change the order and send it again.</source>
        <translation>Beställningens uppgifter stämde inte med dess dokument. Ändra beställningen och skicka den igen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More would be received than was ordered. Check the quantities.</source>
        <translation>Mer skulle tas emot än vad som beställdes. Kontrollera antalen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter how much of at least one line has arrived.</source>
        <translation>Ange hur mycket som har kommit av minst en rad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write why you decline the order, so the orderer knows what to do.</source>
        <translation>Skriv varför du avslår beställningen, så att beställaren vet vad hen ska göra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The order has moved on meanwhile. Sync and look again.</source>
        <translation>Beställningen har kommit vidare under tiden. Synkronisera och titta igen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The order has not reached the server yet. Try again when it is sent.</source>
        <translation>Beställningen har inte nått servern än. Försök igen när den är skickad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not check this order. Open it with Change and send it again; if that happens again, contact support.</source>
        <translation>Servern kunde inte kontrollera beställningen. Öppna den med Ändra och skicka den igen; händer det igen, kontakta supporten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The accounting string names another unit&apos;s cost centre. Choose the account and cost centre of the unit you order for.</source>
        <translation>Konteringen anger en annan enhets kostnadsställe. Välj konto och kostnadsställe för den enhet du beställer till.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The order has nothing to pay for. Give each line a quantity above zero and a price.</source>
        <translation>Beställningen har inget att betala. Ge varje rad en kvantitet över noll och ett pris.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only a superuser orders on behalf of a unit. Place the order as yourself, or ask your unit&apos;s superuser.</source>
        <translation>Bara en superanvändare beställer för en enhets räkning. Lägg beställningen i ditt eget namn, eller fråga enhetens superanvändare.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/orders/texts.py" line="+19"/>
        <source>Queued</source>
        <translation>I kö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending</source>
        <translation>Skickas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Needs your attention</source>
        <translation>Behöver din uppmärksamhet</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for approval</source>
        <translation>Väntar på godkännande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined by the manager</source>
        <translation>Avslagen av chefen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received — being checked</source>
        <translation>Mottagen — kontrolleras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Received by the supplier</source>
        <translation>Mottagen av leverantören</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>Accepted</source>
        <translation>Accepterad</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+34"/>
        <source>Accepted with changes</source>
        <translation>Accepterad med ändringar</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+32"/>
        <source>Rejected</source>
        <translation>Avvisad</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Partly delivered</source>
        <translation>Delvis levererad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Levererad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved on this computer and waiting to be sent. You can still change or cancel it.</source>
        <translation>Sparad på den här datorn och väntar på att skickas. Du kan fortfarande ändra eller avbryta den.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Being sent. If the connection broke, Avrop keeps trying; it is never sent twice.</source>
        <translation>Skickas. Om anslutningen bröts fortsätter Avrop att försöka; den skickas aldrig två gånger.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused the order. Change it and send it again, or cancel it.</source>
        <translation>Servern avvisade beställningen. Ändra den och skicka den igen eller avbryt den.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server has the order and is checking it against the rules. You will see here when it goes to the supplier, or what to change.</source>
        <translation>Servern har tagit emot beställningen och kontrollerar den mot reglerna. Här ser du när den går till leverantören, eller vad du behöver ändra.</translation>
    </message>
    <message>
        <source>Over the unit&apos;s limit: it goes to the supplier when the manager approves.</source>
        <translation type="vanished">Över enhetens gräns: den går till leverantören när chefen godkänner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Over the unit&apos;s limit: it goes to the supplier when another manager of the unit approves it (else the procurement office). No one approves their own order.</source>
        <translation>Över enhetens gräns: den går till leverantören när en annan chef för enheten godkänner den (annars inköpsavdelningen). Ingen godkänner sin egen beställning.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/shell/error_table_orders.py" line="-36"/>
        <source>The supplier&apos;s answer is in another currency than the order, so it was refused. Ask the supplier to answer in the order&apos;s currency.</source>
        <translation>Leverantörens svar är i en annan valuta än beställningen och togs därför inte emot. Be leverantören svara i beställningens valuta.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>You order on behalf of {unit}: the order names you, {user}, as the one who placed it.</source>
        <translation>Du beställer för {unit}: beställningen anger dig, {user}, som den som lade den.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone changed the unit&apos;s templates meanwhile. Reload them and try again.</source>
        <translation>Någon har ändrat enhetens mallar under tiden. Läs in dem igen och försök på nytt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload the unit&apos;s templates before you change them.</source>
        <translation>Läs in enhetens mallar igen innan du ändrar dem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two templates have the same name key. Rename one and save again.</source>
        <translation>Två mallar har samma nyckel. Byt namn på en och spara igen.</translation>
    </message>
    <message>
        <source>The order must be booked on the unit&apos;s own cost centre.</source>
        <translation type="vanished">Beställningen måste bokas på enhetens eget kostnadsställe.</translation>
    </message>
    <message>
        <source>The order&apos;s total must be above 0.</source>
        <translation type="vanished">Beställningens summa måste vara över 0.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait a few minutes and try again.</source>
        <translation type="vanished">För många misslyckade försök. Vänta några minuter och försök igen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This support bundle was sent already.</source>
        <translation>Det här supportpaketet är redan skickat.</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>{item}: “{typed}” is not a quantity. Type a number, such as 2.</source>
        <translation>{item}: ”{typed}” är inte ett antal. Skriv en siffra, till exempel 2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item}: a quantity cannot be negative ({typed}). Type how many you want.</source>
        <translation>{item}: antalet kan inte vara negativt ({typed}). Skriv hur många du vill ha.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item}: 0 does not remove the item. To take it out, use Remove item (Delete key).</source>
        <translation>{item}: 0 tar inte bort varan. Använd Ta bort vara (Delete-tangenten) för att ta bort den.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{item}: {typed} is more than one order line takes (at most {maximum}).</source>
        <translation>{item}: {typed} är mer än en orderrad rymmer (högst {maximum}).</translation>
    </message>
</context>
<context>
    <name>OrdersController</name>
    <message>
        <location filename="../desktop/ui/orders/controller.py" line="+202"/>
        <source>Order %1 to %2: %3</source>
        <translation>Beställning %1 till %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 from %2 waits for your approval.</source>
        <translation>Beställning %1 från %2 väntar på ditt godkännande.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 to %2 is now: %3</source>
        <translation>Beställning %1 till %2 är nu: %3</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../desktop/ui/orders/model.py" line="+30"/>
        <source>Order</source>
        <translation>Beställning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier</source>
        <translation>Leverantör</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placed</source>
        <translation>Lagd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orderer</source>
        <translation>Beställare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item</source>
        <translation>Vara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordered</source>
        <translation>Beställt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Bekräftat</translation>
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
        <translation>Mottaget</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>%1 → substituted by %2</source>
        <translation>%1 → ersätts av %2</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../desktop/ui/orders/page.py" line="+231"/>
        <source>No orders yet.</source>
        <translation>Inga beställningar än.</translation>
    </message>
    <message>
        <source>Order %1 to %2</source>
        <translation type="vanished">Beställning %1 till %2</translation>
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
        <translation type="vanished">Bekräftat totalt %1 %2.</translation>
    </message>
    <message numerus="yes">
        <source>Tried %n time(s); Avrop keeps trying.</source>
        <translation type="vanished">
            <numerusform>Försökt %n gång; Avrop fortsätter försöka.</numerusform>
            <numerusform>Försökt %n gånger; Avrop fortsätter försöka.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation type="vanished">Godkänd av %1.</translation>
    </message>
    <message>
        <source>Declined by %1.</source>
        <translation type="vanished">Avslagen av %1.</translation>
    </message>
    <message>
        <source>Supplier&apos;s answer: %1.</source>
        <translation type="vanished">Leverantörens svar: %1.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The order was changed and queued again.</source>
        <translation>Beställningen ändrades och köades igen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The order was cancelled. Nothing was sent.</source>
        <translation>Beställningen avbröts. Inget skickades.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Approved: the order goes to the supplier.</source>
        <translation>Godkänd: beställningen går till leverantören.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declined. The orderer sees your reason.</source>
        <translation>Avslagen. Beställaren ser din motivering.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Goods receipt saved.</source>
        <translation>Godsmottagningen är sparad.</translation>
    </message>
    <message>
        <source>PEPPOL order document</source>
        <translation type="vanished">PEPPOL-orderdokument</translation>
    </message>
    <message>
        <source>The order document as the server received it</source>
        <translation type="vanished">Orderdokumentet så som servern tog emot det</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Orders</source>
        <translation>Beställningar</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="vanished">&amp;Visa:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All orders</source>
        <translation>Alla beställningar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open orders</source>
        <translation>Öppna beställningar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting for approval</source>
        <translation>Väntar på godkännande</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Which orders to show</source>
        <translation>Vilka beställningar som visas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders of the unit</source>
        <translation>Enhetens beställningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of the chosen order</source>
        <translation>Uppgifter om den valda beställningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines of the chosen order</source>
        <translation>Rader i den valda beställningen</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation type="vanished">Ä&amp;ndra…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the queued order</source>
        <translation>Ändra den köade beställningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;ncel order</source>
        <translation>Avbr&amp;yt beställning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel the queued order</source>
        <translation>Avbryt den köade beställningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve or decline…</source>
        <translation>God&amp;känn eller avslå…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approve or decline</source>
        <translation>Godkänn eller avslå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Receive goods…</source>
        <translation>&amp;Ta emot varor…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record goods received</source>
        <translation>Registrera mottagna varor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Document</source>
        <translation>&amp;Dokument</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the PEPPOL document</source>
        <translation>Visa PEPPOL-dokumentet</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Sho&amp;w:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Chang&amp;e…</source>
        <translation>Ä&amp;ndra…</translation>
    </message>
</context>
<context>
    <name>OrdersWiring</name>
    <message numerus="yes">
        <source>%n order(s) queued to be sent.</source>
        <translation type="vanished">
            <numerusform>%n beställning i kö för att skickas.</numerusform>
            <numerusform>%n beställningar i kö för att skickas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The order is queued to be sent.</source>
        <translation type="vanished">Beställningen står i kö för att skickas.</translation>
    </message>
    <message>
        <source>%1 orders are queued to be sent.</source>
        <translation type="vanished">%1 beställningar står i kö för att skickas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/orders/wiring.py" line="+69"/>
        <source>%n order(s) are queued to be sent.</source>
        <translation>
            <numerusform>Beställningen står i kö för att skickas.</numerusform>
            <numerusform>%n beställningar står i kö för att skickas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxIndicator</name>
    <message numerus="yes">
        <source>%n order(s) waiting to be sent</source>
        <translation type="vanished">
            <numerusform>%n beställning väntar på att skickas</numerusform>
            <numerusform>%n beställningar väntar på att skickas</numerusform>
        </translation>
    </message>
    <message>
        <source>1 order waiting to be sent</source>
        <translation type="vanished">1 beställning väntar på att skickas</translation>
    </message>
    <message>
        <source>%1 orders waiting to be sent</source>
        <translation type="vanished">%1 beställningar väntar på att skickas</translation>
    </message>
    <message>
        <source>No orders waiting to be sent</source>
        <translation type="vanished">Inga beställningar väntar på att skickas</translation>
    </message>
    <message>
        <source>Queued orders are kept on this computer and sent when the server answers.</source>
        <translation type="vanished">Köade beställningar sparas på den här datorn och skickas när servern svarar.</translation>
    </message>
    <message>
        <source>1 item waiting to be sent</source>
        <translation type="vanished">1 ärende väntar på att skickas</translation>
    </message>
    <message>
        <source>%1 items waiting to be sent</source>
        <translation type="vanished">%1 ärenden väntar på att skickas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/orders/outbox_indicator.py" line="+23"/>
        <source>Nothing waiting to be sent</source>
        <translation>Inget väntar på att skickas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders, questions and call-offs are kept here until the server answers.</source>
        <translation>Beställningar, frågor och avrop sparas här tills servern svarar.</translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>%n item(s) waiting to be sent</source>
        <translation>
            <numerusform>%n ärende väntar på att skickas</numerusform>
            <numerusform>%n ärenden väntar på att skickas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlacedDialog</name>
    <message>
        <location filename="../desktop/ui/cart/confirmation.py" line="+38"/>
        <source>Order placed</source>
        <translation>Beställningen är lagd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders placed</source>
        <translation>Beställningarna är lagda</translation>
    </message>
    <message>
        <source>1 order placed for %1.</source>
        <translation type="vanished">1 beställning lagd för %1.</translation>
    </message>
    <message>
        <source>%2 orders placed for %1.</source>
        <translation type="vanished">%2 beställningar lagda för %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n order(s) placed for %1.</source>
        <translation>
            <numerusform>%n beställning lagd för %1.</numerusform>
            <numerusform>%n beställningar lagda för %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order</source>
        <translation>Beställning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supplier</source>
        <translation>Leverantör</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The orders just placed</source>
        <translation>Beställningarna som just lades</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The order gets its number when it is sent.</source>
        <translation>Beställningen får sitt nummer när den skickas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The order is saved on this computer and sent as soon as the server can be reached. Follow it under Orders: there you see when the supplier confirms and when it is delivered.</source>
        <translation>Beställningen är sparad på den här datorn och skickas så snart servern går att nå. Följ den under Beställningar: där ser du när leverantören bekräftar och när den levereras.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The orders are saved on this computer and sent as soon as the server can be reached. Follow them under Orders: there you see when the supplier confirms and when they are delivered.</source>
        <translation>Beställningarna är sparade på den här datorn och skickas så snart servern går att nå. Följ dem under Beställningar: där ser du när leverantören bekräftar och när de levereras.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Show in Orders</source>
        <translation>&amp;Visa under Beställningar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the placed orders under Orders</source>
        <translation>Visa de lagda beställningarna under Beställningar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the confirmation</source>
        <translation>Stäng bekräftelsen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delivery on %1</source>
        <translation>Leverans %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery on the next delivery day, %1</source>
        <translation>Leverans nästa leveransdag, %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delivery on the next delivery day</source>
        <translation>Leverans nästa leveransdag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, to %2 (transshipment hub), for %3.</source>
        <translation>%1, till %2 (omlastningscentral), för %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, to %2.</source>
        <translation>%1, till %2.</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <location filename="../desktop/ui/shell/places.py" line="-83"/>
        <source>&amp;Find</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cart</source>
        <translation>&amp;Varukorg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Orders</source>
        <translation>&amp;Beställningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Spend</source>
        <translation>&amp;Uppföljning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find agreements, suppliers and products</source>
        <translation>Hitta avtal, leverantörer och varor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you are about to order</source>
        <translation>Det du tänker beställa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your orders and their status</source>
        <translation>Dina beställningar och hur det går med dem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What your unit spends, and how much follows the agreements</source>
        <translation>Vad enheten köper för och hur mycket som följer avtalen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who you are, whom to ask, and keyboard keys</source>
        <translation>Vem du är, vem du kan fråga och kortkommandon</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting for your approval: %1</source>
        <translation>Väntar på ditt godkännande: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines in the cart: %1</source>
        <translation>Rader i varukorgen: %1</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>S&amp;upport</source>
        <translation>Su&amp;pport</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Order templates, support bundles, and the units you support</source>
        <translation>Beställningsmallar, supportpaket och enheterna du stöttar</translation>
    </message>
</context>
<context>
    <name>PurchasesDialog</name>
    <message>
        <source>%1 invoices, together %2 (excluding VAT).</source>
        <translation type="vanished">%1 fakturor, sammanlagt %2 (exklusive moms).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/spend/purchases_dialog.py" line="+110"/>
        <source>Close the list of invoices</source>
        <translation>Stäng listan med fakturor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export these invoices to Excel or CSV</source>
        <translation>Exportera fakturorna till Excel eller CSV</translation>
    </message>
    <message numerus="yes">
        <location line="-13"/>
        <source>%n invoice(s), together %1 (excluding VAT).</source>
        <translation>
            <numerusform>En faktura på %1 (exklusive moms).</numerusform>
            <numerusform>%n fakturor, sammanlagt %1 (exklusive moms).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../desktop/ui/shell/qt_texts.py" line="+15"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Titta i:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>Fil&amp;namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Filer av &amp;typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As</source>
        <translation>Spara som</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Bakåt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Framåt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Överordnad mapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Skapa ny mapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Folder</source>
        <translation>Ny mapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>Listvy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Detaljvy</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Modified</source>
        <translation>Senast ändrad</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+7"/>
        <source>Show Details...</source>
        <translation>Visa detaljer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Dölj detaljer…</translation>
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
        <translation>Spara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Stäng</translation>
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
        <translation>Enligt avtalet: %1, %2 per %3.</translation>
    </message>
    <message>
        <source>Under the agreement, %1 costs %2 less per %3 (%4 less than this item).</source>
        <translation type="vanished">På avtalet kostar %1 %2 mindre per %3 (%4 mindre än den här varan).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Under the agreement, %1 costs %2 less per %3: this item costs %4 more.</source>
        <translation>Enligt avtalet kostar %1 %2 mindre per %3: den här artikeln kostar %4 mer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Under the agreement, %1 costs %2 more per %3, but buying under the agreement is still the rule.</source>
        <translation>Enligt avtalet kostar %1 %2 mer per %3, men att köpa enligt avtalet är ändå regeln.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Supplier ranked lower</source>
        <translation>Leverantör längre ned i rangordningen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not first in rank on the agreement %2 (%3). Order from %4 first; choose this supplier only when they cannot deliver, and say why.</source>
        <translation>%1 är inte först i rangordningen i avtalet %2 (%3). Beställ från %4 först; välj den här leverantören bara när de inte kan leverera, och skriv varför.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Show the first supplier&apos;s items</source>
        <translation>&amp;Visa den första leverantörens artiklar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not on an agreement</source>
        <translation>Inte med i något avtal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not under a framework agreement, but the agreement %2 (%3) covers it. Buy under the agreement: the prices are agreed and it counts for your unit.</source>
        <translation>%1 ingår inte i något ramavtal, men avtalet %2 (%3) omfattar det. Köp enligt avtalet: priserna är avtalade och det räknas för din enhet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Show the agreement&apos;s items</source>
        <translation>&amp;Visa avtalets artiklar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you still buy this, &amp;why?</source>
        <translation>Om du ändå köper det här, va&amp;rför?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for buying beside the agreement</source>
        <translation>Anledning till köp utanför avtalet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. needed today, allergy, special size</source>
        <translation>t.ex. behövs i dag, allergi, specialstorlek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Buy this anyway</source>
        <translation>&amp;Köp ändå</translation>
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
        <translation>Mottagna varor för beställning %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter how much arrived now. What is missing can be received later.</source>
        <translation>Ange hur mycket som kom nu. Det som saknas kan tas emot senare.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2 %3 outstanding)</source>
        <translation>%1 (%2 %3 återstår)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Received now of %1</source>
        <translation>Mottaget nu av %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note about the delivery</source>
        <translation>Anteckning om leveransen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>A&amp;nteckning:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Everything arrived</source>
        <translation>&amp;Allt kom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark every line as received in full</source>
        <translation>Markera alla rader som helt mottagna</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save receipt</source>
        <translation>&amp;Spara mottagning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save what arrived</source>
        <translation>Spara det som kom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without saving</source>
        <translation>Stäng utan att spara</translation>
    </message>
</context>
<context>
    <name>RemovedBar</name>
    <message>
        <location filename="../desktop/ui/cart/undo_bar.py" line="+61"/>
        <source>“%1” was removed from the cart.</source>
        <translation>”%1” togs bort ur varukorgen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the removed item back in the cart</source>
        <translation>Lägg tillbaka den borttagna varan i varukorgen</translation>
    </message>
</context>
<context>
    <name>ReorderAction</name>
    <message>
        <location filename="../desktop/ui/orders/reorder_action.py" line="+79"/>
        <source>Order aga&amp;in</source>
        <translation>B&amp;eställ igen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put this order&apos;s items in the cart again</source>
        <translation>Lägg beställningens varor i varukorgen igen</translation>
    </message>
</context>
<context>
    <name>ReorderSummary</name>
    <message>
        <location line="+9"/>
        <source>Order again</source>
        <translation>Beställ igen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was put in the cart</source>
        <translation>Det som lades i varukorgen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close this summary</source>
        <translation>Stäng sammanfattningen</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n item(s) put in the cart at today&apos;s prices.</source>
        <translation>
            <numerusform>%n vara lades i varukorgen till dagens pris.</numerusform>
            <numerusform>%n varor lades i varukorgen till dagens priser.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 item was put in the cart at today&apos;s price.</source>
        <translation type="vanished">1 vara lades i varukorgen till dagens pris.</translation>
    </message>
    <message>
        <source>%1 items were put in the cart at today&apos;s prices.</source>
        <translation type="vanished">%1 varor lades i varukorgen till dagens priser.</translation>
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
        <translation>Finns inte längre i katalogen eller kan inte beställas som förut:</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../desktop/ui/find/requests_panel.py" line="+44"/>
        <source>Asked</source>
        <translation>Frågat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you need</source>
        <translation>Vad du behöver</translation>
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
        <translation>Inte skickad: %1</translation>
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
        <translation>Dina frågor till upphandlingsenheten</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Answers that point to an item or agreement (↗) open in Find: press Enter.</source>
        <translation>Svar som pekar på en artikel eller ett avtal (↗) öppnas i Sök: tryck Enter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have not asked anything yet.</source>
        <translation>Du har inte frågat något än.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask a &amp;new question…</source>
        <translation>Ställ en &amp;ny fråga…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the procurement office</source>
        <translation>Fråga upphandlingsenheten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;answer</source>
        <translation>Öppna &amp;svaret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the answer</source>
        <translation>Öppna svaret</translation>
    </message>
</context>
<context>
    <name>ResultTexts</name>
    <message numerus="yes">
        <location filename="../desktop/ui/find/result_texts.py" line="+75"/>
        <source>+%n more supplier(s)</source>
        <translation>
            <numerusform>+%n leverantör till</numerusform>
            <numerusform>+%n leverantörer till</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/ui/shell/settings_dialog.py" line="+75"/>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
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
        <translation>Datorns språk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new language is used at once. Numbers and dates follow it too.</source>
        <translation>Det nya språket används direkt. Tal och datum följer det också.</translation>
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
        <translation>Logga in i Avrop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to Avrop</source>
        <translation>Välkommen till Avrop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with the user name and password you got from your municipality.</source>
        <translation>Logga in med det användarnamn och lösenord du fått av kommunen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Server address</source>
        <translation>&amp;Serveradress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name</source>
        <translation>&amp;Användarnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Kom ihåg mig på den här datorn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://server.example.com</source>
        <translation>https://server.exempel.se</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>Serveradress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember me on this computer</source>
        <translation>Kom ihåg mig på den här datorn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeps you signed in, using this computer&apos;s password store.</source>
        <translation>Håller dig inloggad med hjälp av datorns lösenordsförvaring.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Signing in…</source>
        <translation>Loggar in…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in for this session &amp;only</source>
        <translation>Logga in bara &amp;för den här gången</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in for this session only</source>
        <translation>Logga in bara för den här gången</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;in</source>
        <translation>Logga &amp;in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Logga in</translation>
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
        <translation>Inköp per månad, uppdelat på hur det köptes</translation>
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
        <translation>På avtal, utanför Avrop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beside the agreements</source>
        <translation>Utanför avtalen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>None yet – ask the procurement office</source>
        <translation>Inget ännu – fråga upphandlingsenheten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <location filename="../desktop/ui/spend/month_export.py" line="-152"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/ui/spend/tables.py" line="+5"/>
        <location line="+42"/>
        <location line="+19"/>
        <location line="+43"/>
        <source>Spend</source>
        <translation>Inköp</translation>
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
        <translation>Avtalstrohet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/ui/spend/tables.py" line="-92"/>
        <location line="+107"/>
        <source>Savings realised</source>
        <translation>Realiserad besparing</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/ui/spend/tables.py" line="-102"/>
        <location line="+27"/>
        <location line="+80"/>
        <source>Savings missed</source>
        <translation>Missad besparing</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/ui/spend/tables.py" line="-102"/>
        <location line="+41"/>
        <location line="+27"/>
        <source>Invoices</source>
        <translation>Fakturor</translation>
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
        <translation>Leverantör</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Bought beside the agreements</source>
        <translation>Köpt utanför avtalen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreement that covers it</source>
        <translation>Avtal som täcker behovet</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+94"/>
        <source>Saving missed</source>
        <translation>Missad besparing</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Compliance trend</source>
        <translation>Avtalstrohet, utveckling</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreement compliance of the last three months against the first three</source>
        <translation>Avtalstroheten de senaste tre månaderna jämfört med de första tre</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>pp</source>
        <translation>p.e.</translation>
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
        <translation>Bundet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ordered, not yet invoiced</source>
        <translation>Beställt, ännu inte fakturerat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spent</source>
        <translation>Förbrukat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Kvar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Covered by %1</source>
        <translation>Täcks av %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invoice date</source>
        <translation>Fakturadatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it was bought</source>
        <translation>Hur det köptes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Beställning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
</context>
<context>
    <name>SpendFormat</name>
    <message>
        <location filename="../desktop/ui/spend/format.py" line="+79"/>
        <source>just now</source>
        <translation>nyss</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation type="vanished">för 1 minut sedan</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation type="vanished">för %1 minuter sedan</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation type="vanished">för 1 timme sedan</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation type="vanished">för %1 timmar sedan</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation type="vanished">för 1 dag sedan</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation type="vanished">för %1 dagar sedan</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>för %n minut sedan</numerusform>
            <numerusform>för %n minuter sedan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>för %n timme sedan</numerusform>
            <numerusform>för %n timmar sedan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>för %n dag sedan</numerusform>
            <numerusform>för %n dagar sedan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpendHeadline</name>
    <message>
        <location filename="../desktop/ui/spend/cards.py" line="+114"/>
        <source>Spend, 12 months</source>
        <translation>Inköp, 12 månader</translation>
    </message>
    <message>
        <source>%1 invoices</source>
        <translation type="vanished">%1 fakturor</translation>
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
        <translation>Alla enheter: %1 · plats %2 av %3</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Agreement compliance</source>
        <translation>Avtalstrohet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Savings realised</source>
        <translation>Realiserad besparing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreement prices against list prices</source>
        <translation>Avtalspris jämfört med listpris</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Savings missed</source>
        <translation>Missad besparing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bought beside an agreement that covered it</source>
        <translation>Köpt utanför ett avtal som täckte behovet</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+53"/>
        <source>Show invoices</source>
        <translation>Visa fakturor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the invoices of %1 beside the agreements</source>
        <translation>Visa fakturorna från %1 utanför avtalen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Largest supplier beside the agreements: &lt;b&gt;%1&lt;/b&gt;, %2.</source>
        <translation>Största leverantören utanför avtalen: &lt;b&gt;%1&lt;/b&gt;, %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No agreement covers it yet: ask the procurement office.</source>
        <translation>Inget avtal täcker det ännu: fråga upphandlingsenheten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement that covers it: &lt;b&gt;%1 %2&lt;/b&gt;</source>
        <translation>Avtal som täcker behovet: &lt;b&gt;%1 %2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>order it in Avrop</source>
        <translation>beställ i Avrop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated saving missed: %1.</source>
        <translation>Uppskattad missad besparing: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="-60"/>
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln faktura</numerusform>
            <numerusform>%Ln fakturor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpendMonthExport</name>
    <message>
        <location filename="../desktop/ui/spend/month_export.py" line="+27"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other units</source>
        <translation>Andra enheter</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Beside the agreements</source>
        <translation>Utanför avtalen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suppliers</source>
        <translation>Leverantörer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
</context>
<context>
    <name>SpendPage</name>
    <message>
        <location filename="../desktop/ui/spend/page.py" line="+195"/>
        <source>Opening the figures…</source>
        <translation>Öppnar siffrorna…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Fetching the figures from the server…</source>
        <translation>Hämtar siffrorna från servern…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>You are offline and there are no figures of this unit on this computer yet. Connect to the network and update.</source>
        <translation>Du är offline och det finns ännu inga siffror för enheten på den här datorn. Anslut till nätverket och uppdatera.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Spend figures are for unit managers, superusers and the procurement office. Ask your manager for them.</source>
        <translation>Inköpssiffrorna är till för chefer, superanvändare och upphandlingsenheten. Fråga din chef efter dem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no unit whose figures you may see.</source>
        <translation>Det finns ingen enhet vars siffror du får se.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 – bought beside the agreements</source>
        <translation>%1 – köpt utanför avtalen</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="vanished">Inköp</translation>
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
        <translation>Enhet vars siffror visas</translation>
    </message>
    <message>
        <source>&amp;Update figures</source>
        <translation type="vanished">&amp;Uppdatera siffrorna</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Update the figures from the server</source>
        <translation>Uppdatera siffrorna från servern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export table…</source>
        <translation>E&amp;xportera tabellen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the table shown to Excel or CSV</source>
        <translation>Exportera tabellen som visas till Excel eller CSV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spend per month. Green: ordered in Avrop. Blue: on an agreement, ordered outside Avrop. Orange: bought beside the agreements. Click a bar to see the invoices.</source>
        <translation>Inköp per månad. Grönt: beställt i Avrop. Blått: på avtal, beställt utanför Avrop. Orange: köpt utanför avtalen. Klicka på en stapel för att se fakturorna.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>U&amp;pdate figures</source>
        <translation>&amp;Uppdatera siffrorna</translation>
    </message>
</context>
<context>
    <name>SpendStatus</name>
    <message>
        <location filename="../desktop/ui/spend/status.py" line="+63"/>
        <source>%1: %2, invoices up to %3. Fetched %4.</source>
        <translation>%1: %2, fakturor till och med %3. Hämtat %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You are offline. These are the figures fetched %1 (%2); they are updated when the server can be reached again.</source>
        <translation>Du är offline. Det här är siffrorna som hämtades %1 (%2); de uppdateras när servern går att nå igen.</translation>
    </message>
</context>
<context>
    <name>SpendTabs</name>
    <message>
        <location filename="../desktop/ui/spend/tabs.py" line="+51"/>
        <source>Other units</source>
        <translation>Andra enheter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Beside the agreements</source>
        <translation>Utanför avtalen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Suppliers</source>
        <translation>Leverantörer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Months</source>
        <translation>Månader</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Budget %1</source>
        <translation>Budget %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tables of the spend figures</source>
        <translation>Tabeller över inköpen</translation>
    </message>
</context>
<context>
    <name>SupportGlance</name>
    <message>
        <location filename="../desktop/ui/support/glance.py" line="-152"/>
        <source>Waiting for approval</source>
        <translation>Väntar på godkännande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected by the supplier</source>
        <translation>Avvisad av leverantören</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined by the manager</source>
        <translation>Nekad av chefen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed by the supplier: check it</source>
        <translation>Ändrad av leverantören: kontrollera den</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent yet</source>
        <translation>Inte skickad än</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Besvarad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Stängd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orderer</source>
        <translation>Beställare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit manager</source>
        <translation>Enhetschef</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Superuser</source>
        <translation>Superanvändare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procurement office</source>
        <translation>Upphandlingsenheten</translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <location filename="../desktop/ui/support/page.py" line="+199"/>
        <source>Views of the unit&apos;s support</source>
        <translation>Vyer för enhetens support</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>At a glance</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order templates</source>
        <translation>Beställningsmallar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support bundles</source>
        <translation>Supportpaket</translation>
    </message>
    <message>
        <source>One item put in the cart.</source>
        <translation type="vanished">En vara lagd i varukorgen.</translation>
    </message>
    <message>
        <source>%1 items put in the cart.</source>
        <translation type="vanished">%1 varor lagda i varukorgen.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Template saved for the unit.</source>
        <translation>Mallen är sparad för enheten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cart is empty: add items in Find first.</source>
        <translation>Varukorgen är tom: lägg först till varor i Sök.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Support bundle sent.</source>
        <translation>Supportpaketet är skickat.</translation>
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
            <numerusform>En vara lagd i varukorgen.</numerusform>
            <numerusform>%n varor lagda i varukorgen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <location filename="../desktop/ui/shell/sync_labels.py" line="+12"/>
        <source>Syncing your account…</source>
        <translation>Synkroniserar ditt konto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing units…</source>
        <translation>Synkroniserar enheter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing agreements…</source>
        <translation>Synkroniserar avtal…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing suppliers…</source>
        <translation>Synkroniserar leverantörer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing catalogues…</source>
        <translation>Synkroniserar kataloger…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing guidance…</source>
        <translation>Synkroniserar vägledning…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing announcements…</source>
        <translation>Synkroniserar meddelanden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing orders…</source>
        <translation>Synkroniserar beställningar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync finished</source>
        <translation>Synkroniseringen är klar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing…</source>
        <translation>Synkroniserar…</translation>
    </message>
</context>
<context>
    <name>TableExporter</name>
    <message>
        <location filename="../desktop/ui/spend/export_actions.py" line="+55"/>
        <source>Save as</source>
        <translation>Spara som</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV för kalkylprogram (*.csv)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file could not be saved: %1. Choose another folder and try again.</source>
        <translation>Filen kunde inte sparas: %1. Välj en annan mapp och försök igen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1</source>
        <translation>Sparad: %1</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <location filename="../desktop/ui/support/templates_tab.py" line="+57"/>
        <source>Start a cart from this template</source>
        <translation>Fyll varukorgen från mallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the unit&apos;s cart as a template…</source>
        <translation>Spara enhetens varukorg som mall…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the items in the cart from Find first; they become the template.</source>
        <translation>Lägg först varorna i varukorgen från Sök; de blir mallen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>Vara</translation>
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
        <translation>I katalogen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Order templates</source>
        <translation>Beställningsmallar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The unit has no order templates yet.</source>
        <translation>Enheten har inga beställningsmallar än.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gone; instead: %1</source>
        <translation>Borta; i stället: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gone, and nothing like it on the agreement</source>
        <translation>Borta, och inget liknande finns på avtalet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Items that left the catalogue go into the cart as their replacement.</source>
        <translation>Varor som har försvunnit ur katalogen läggs i varukorgen som sin ersättare.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New order template</source>
        <translation>Ny beställningsmall</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the template:</source>
        <translation>Mallens namn:</translation>
    </message>
</context>
</TS>
